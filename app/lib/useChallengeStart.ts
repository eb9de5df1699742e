"use client";
/**
 * Starting a challenge night from a page: the nickname (checked with the protocol's schema), the
 * `challenge:start` request, the seat grant kept, and on to the game. The pace is remembered so
 * "Next night" plays at the same speed.
 */
import { useRouter } from "next/navigation";
import { useState } from "react";
import { nicknameSchema } from "@/server/protocol/schemas";
import { deviceToken, saveGrant, saveNickname } from "./identity";
import { request } from "./socket";

const PACE_KEY = "bivalent.challengePace";
export const DEFAULT_PACE = 1000;

export function savedPace(): number {
  const ms = Number(localStorage.getItem(PACE_KEY));
  return Number.isInteger(ms) && ms >= 5 && ms <= 10_000 ? ms : DEFAULT_PACE;
}

export function savePace(ms: number): void {
  localStorage.setItem(PACE_KEY, String(ms));
}

export function useChallengeStart() {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function start(challengeId: string, night: number, nickname: string, tickMs: number) {
    const parsed = nicknameSchema.safeParse(nickname);
    if (!parsed.success) {
      setError(`Nickname: ${parsed.error.issues[0]?.message ?? "not valid"}`);
      return;
    }
    saveNickname(parsed.data);
    savePace(tickMs);
    setBusy(true);
    setError(null);
    const res = await request("challenge:start", { challengeId, night, tickMs, player: { nickname: parsed.data, deviceToken: deviceToken() } });
    if (!res.ok) {
      setBusy(false);
      setError(res.error.message);
      return;
    }
    saveGrant(res);
    router.push(`/game/${res.gameId}`);
  }

  return { busy, error, start };
}
