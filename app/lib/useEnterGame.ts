"use client";
/**
 * Taking a seat from a page, whatever the request: the nickname checked with the protocol's own
 * schema and remembered, the request sent, its refusal shown, and on success the seat grant kept
 * and on to the game. A refusal says which button it answers (`origin`), so the page shows it
 * beside that button; a bad nickname also moves focus to the nickname field.
 */
import { useRouter } from "next/navigation";
import { useState, type RefObject } from "react";
import type { Ack, SeatGrant } from "@/server/protocol/events";
import { nicknameSchema } from "@/server/protocol/schemas";
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
    const parsed = nicknameSchema.safeParse(nickname);
    if (!parsed.success) {
      setError({ message: `Nickname: ${parsed.error.issues[0]?.message ?? "not valid"}`, origin, nickname: true });
      nicknameRef?.current?.focus();
      return;
    }
    saveNickname(parsed.data);
    setBusy(true);
    setError(null);
    const res = await send({ nickname: parsed.data, deviceToken: deviceToken() });
    if (!res.ok) {
      setBusy(false);
      setError({ message: res.error.message, origin, nickname: false });
      return;
    }
    saveGrant(res);
    router.push(`/game/${res.gameId}`);
  }

  return { busy, error, enter };
}
