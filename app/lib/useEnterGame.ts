"use client";
/**
 * Taking a seat from a page, whatever the request: the nickname checked with the protocol's own
 * rules (server/protocol/names.ts; the offensive-word check is the server's) and remembered, the request sent, its refusal shown, and on success the seat grant kept
 * and on to the game. A refusal says which button it answers (`origin`), so the page shows it
 * beside that button; a bad nickname also moves focus to the nickname field.
 */
import { useRouter } from "next/navigation";
import { useState, type RefObject } from "react";
import type { Ack, SeatGrant } from "@/server/protocol/events";
import { checkNickname } from "@/server/protocol/names";
import { deviceToken, saveGrant, saveNickname } from "./identity";

export type SendForSeat = (player: { nickname: string; deviceToken: string }) => Promise<Ack<SeatGrant>>;

/** A refusal, and the button it answers. */
export interface EnterError {
  message: string;
  /** Which button was pressed (each page names its own); the error is shown beside it. */
  origin: string;
  /** The nickname was refused: the field is marked and takes focus. */
  nickname: boolean;
}

/** `nicknameRef`: the nickname field, focused when the nickname is refused. */
export function useEnterGame(nicknameRef?: RefObject<HTMLInputElement | null>) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<EnterError | null>(null);

  async function enter(nickname: string, send: SendForSeat, origin = "start") {
    const parsed = checkNickname(nickname);
    if (!parsed.ok) {
      setError({ message: `Nickname: ${parsed.message}`, origin, nickname: true });
      nicknameRef?.current?.focus();
      return;
    }
    saveNickname(parsed.value);
    setBusy(true);
    setError(null);
    const res = await send({ nickname: parsed.value, deviceToken: deviceToken() });
    if (!res.ok) {
      setBusy(false);
      // The offensive-name check is the server's alone: its refusal marks the field like ours.
      const refused = res.error.code === "NICKNAME_REFUSED";
      setError({ message: refused ? `Nickname: ${res.error.message}` : res.error.message, origin, nickname: refused });
      if (refused) nicknameRef?.current?.focus();
      return;
    }
    saveGrant(res);
    router.push(`/game/${res.gameId}`);
  }

  return { busy, error, enter };
}
