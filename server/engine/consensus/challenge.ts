/**
 * Consensus challenge formulas: a process's (decide early, never unsafely) and the adversary's
 * (hold the last decision off). Read from the checker verdict stored in the trace.
 */
import type { ChallengeRule } from "../scenario";

export const CONSENSUS_POINTS = {
  decidedRound1: 100,
  perLaterRound: -10,
  decidedFloor: 20,
  undecided: 0,
  unsafe: -200,
  perTickHeld: 2,
  heldAllNight: 50,
} as const;

const P = CONSENSUS_POINTS;

/** Agreement and Validity held (the checker's verdict in the trace). A missing verdict is not safe. */
function safeRun(checks: unknown): boolean {
  const v = checks as { agreement?: { ok: boolean }; validity?: { ok: boolean } } | undefined;
  return Boolean(v?.agreement?.ok && v?.validity?.ok);
}

const process: ChallengeRule = {
  lines: () => [
    `You decide in round 1: +${P.decidedRound1}`,
    `Each later round: ${P.perLaterRound} (never below +${P.decidedFloor})`,
    `Undecided at the limit: ${P.undecided}`,
    `Agreement or Validity broken: ${P.unsafe}`,
  ],
  score(seat, night) {
    if (!safeRun(night.checks)) return P.unsafe;
    const round = night.result[seat]?.depth;
    if (round === null || round === undefined) return P.undecided;
    return Math.max(P.decidedFloor, P.decidedRound1 + (round - 1) * P.perLaterRound);
  },
};

const adversary: ChallengeRule = {
  lines: () => [
    `Each tick until the last correct process decides: +${P.perTickHeld}`,
    `Someone still undecided at the limit: the whole limit, +${P.heldAllNight}`,
  ],
  score(_seat, night) {
    const termination = (night.checks as { termination?: { ok: boolean; lastDecisionTick: number | null } } | undefined)?.termination;
    const maxTicks = Number(night.params.maxTicks);
    if (!termination || !termination.ok) return maxTicks * P.perTickHeld + P.heldAllNight;
    return (termination.lastDecisionTick ?? 0) * P.perTickHeld;
  },
};

export const CONSENSUS_CHALLENGE_RULES: Readonly<Record<string, ChallengeRule>> = { process, adversary };
