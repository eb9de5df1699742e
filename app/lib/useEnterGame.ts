"use client";
/**
 * Taking a seat from a page, whatever the request: the nickname checked with the protocol's own
 * schema and remembered, the request sent, its refusal shown, and on success the seat grant kept
 * and on to the game.
 */
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { Ack, SeatGrant } from "@/server/protocol/events";
import { nicknameSchema } from "@/server/protocol/schemas";
import { deviceToken, saveGrant, saveNickname } from "./identity";

export type SendForSeat = (player: { nickname: string; deviceToken: string }) => Promise<Ack<SeatGrant>>;

export function useEnterGame() {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function enter(nickname: string, send: SendForSeat) {
    const parsed = nicknameSchema.safeParse(nickname);
    if (!parsed.success) {
      setError(`Nickname: ${parsed.error.issues[0]?.message ?? "not valid"}`);
      return;
    }
    saveNickname(parsed.data);
    setBusy(true);
    setError(null);
    const res = await send({ nickname: parsed.data, deviceToken: deviceToken() });
    if (!res.ok) {
      setBusy(false);
      setError(res.error.message);
      return;
    }
    saveGrant(res);
    router.push(`/game/${res.gameId}`);
  }

  return { busy, error, enter };
}
