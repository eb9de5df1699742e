/**
 * Planning a challenge night from a `challenge:start` request: the game the catalogue describes,
 * with that night's fixed seed and bots, or a typed refusal (unknown, locked, no such night).
 */
import type { CreateGamePayload } from "../protocol/schemas";
import type { ErrorCode } from "../protocol/errors";
import type { GameContext } from "../storage/types";
import { botsOfNight, challengeById, unlockedChallenges } from "./catalogue";
import { seedOf } from "./seeds";

export interface ChallengeStartRequest {
  challengeId: string;
  /** 1-based, as players count nights. */
  night: number;
  tickMs: number;
  player: { nickname: string; deviceToken: string };
}

export type NightPlan =
  | { ok: true; create: CreateGamePayload & { params: Record<string, unknown>; tickMs: number }; seed: number; context: Required<Pick<GameContext, "challengeId" | "seedIndex">> }
  | { ok: false; error: { code: ErrorCode; message: string } };

/** `completed`: the challenges this player has met, every night's objective (unlocks the next). */
export function planChallengeNight(request: ChallengeStartRequest, completed: ReadonlySet<string>): NightPlan {
  const challenge = challengeById(request.challengeId);
  if (!challenge) return { ok: false, error: { code: "UNKNOWN_CHALLENGE", message: `There is no challenge "${request.challengeId}".` } };
  const seedIndex = request.night - 1;
  const seed = seedOf(challenge.id, seedIndex);
  if (seed === undefined) {
    return { ok: false, error: { code: "BAD_PAYLOAD", message: `night: "${challenge.name}" has nights 1 to ${challenge.nights.length}.` } };
  }
  if (!unlockedChallenges(completed).has(challenge.id)) {
    return { ok: false, error: { code: "CHALLENGE_LOCKED", message: `"${challenge.name}" is locked: first meet the objective on every night of the challenge before it.` } };
  }
  const others = Object.fromEntries(Object.entries(botsOfNight(challenge, seedIndex)).map(([seat, strategy]) => [seat, { kind: "bot" as const, strategy }]));
  return {
    ok: true,
    create: { scenario: challenge.scenario, params: { ...challenge.params }, seat: challenge.seat, others, tickMs: request.tickMs, player: request.player },
    seed,
    context: { challengeId: challenge.id, seedIndex },
  };
}
