"use client";
/**
 * Starting a challenge night from a page: `challenge:start` through useEnterGame. The pace is
 * remembered so "Next night" plays at the same speed.
 */
import type { RefObject } from "react";
import { request } from "./socket";
import { useEnterGame } from "./useEnterGame";

const PACE_KEY = "bivalent.challengePace";
export const DEFAULT_PACE = 1000;

export function savedPace(): number {
  const ms = Number(localStorage.getItem(PACE_KEY));
  return Number.isInteger(ms) && ms >= 5 && ms <= 10_000 ? ms : DEFAULT_PACE;
}

export function savePace(ms: number): void {
  localStorage.setItem(PACE_KEY, String(ms));
}

/** `nicknameRef`: the page's nickname field, if it has one (focused when the nickname is refused). */
export function useChallengeStart(nicknameRef?: RefObject<HTMLInputElement | null>) {
  const { busy, error, enter } = useEnterGame(nicknameRef);
  const start = (challengeId: string, night: number, nickname: string, tickMs: number) =>
    enter(
      nickname,
      (player) => {
        savePace(tickMs);
        return request("challenge:start", { challengeId, night, tickMs, player });
      },
      nightOrigin(challengeId, night),
    );
  return { busy, error, start };
}

/** The origin of a night's Play button, for where its error shows. */
export function nightOrigin(challengeId: string, night: number): string {
  return `${challengeId}#${night}`;
}
