/**
 * Challenge scores: how one night of a challenge is scored, as text shown before playing and as
 * a pure function of the night's trace (outcome, per-seat results, events, checker verdict).
 * The server computes it from the stored trace alone, so replaying the trace reproduces it.
 * Unsafe decisions (attacking or showing up alone, breaking Agreement or Validity) cost most:
 * the point is to reward understanding, not a lucky gamble.
 */

/** Which formula a challenge uses; the human's seat is the challenge's. */
export type ScoringRule = { kind: "general" } | { kind: "enemy" } | { kind: "lover" } | { kind: "process" } | { kind: "adversary" };

/** What the formula reads from a night's trace (docs/trace-format.md). */
export interface NightRecord {
  outcome: string;
  result: Record<string, { score: number; won: boolean; depth: number | null }>;
  events: readonly { type: string; [field: string]: unknown }[];
  checks?: unknown;
  params: Record<string, unknown>;
}

export const CHALLENGE_POINTS = {
  /** Generals and Lovers, for the player's general or lover. */
  together: 100,
  neither: 20,
  aloneYou: -100,
  aloneOther: -50,
  perMessage: -5,
  /** The Enemy. */
  enemyDefeat: 100,
  enemyNoBattle: 0,
  enemyVictory: -100,
  perCapture: -5,
  /** A consensus process. */
  decidedRound1: 100,
  perLaterRound: -10,
  decidedFloor: 20,
  undecided: 0,
  unsafe: -200,
  /** The consensus adversary. */
  perTickHeld: 2,
  heldAllNight: 50,
} as const;

const P = CHALLENGE_POINTS;

/** The formula in words, one line per case, as the challenge card shows it. */
export function formulaLines(rule: ScoringRule): string[] {
  switch (rule.kind) {
    case "general":
      return [
        `Both armies attack: +${P.together}`,
        `Nobody attacks: +${P.neither}`,
        `You attack alone: ${P.aloneYou}`,
        `Your ally attacks alone: ${P.aloneOther}`,
        `Each messenger you send: ${P.perMessage}`,
      ];
    case "lover":
      return [
        `A date: +${P.together}`,
        `Both stay home: +${P.neither}`,
        `You show up alone: ${P.aloneYou}`,
        `You stand your date up: ${P.aloneOther}`,
        `Each SMS you send: ${P.perMessage}`,
      ];
    case "enemy":
      return [
        `One general attacks alone: +${P.enemyDefeat}`,
        `Nobody attacks: ${P.enemyNoBattle}`,
        `Both attack (victory): ${P.enemyVictory}`,
        `Each messenger you capture: ${P.perCapture}`,
      ];
    case "process":
      return [
        `You decide in round 1: +${P.decidedRound1}`,
        `Each later round: ${P.perLaterRound} (never below +${P.decidedFloor})`,
        `Undecided at the limit: ${P.undecided}`,
        `Agreement or Validity broken: ${P.unsafe}`,
      ];
    case "adversary":
      return [
        `Each tick until the last correct process decides: +${P.perTickHeld}`,
        `Someone still undecided at the limit: the whole limit, +${P.heldAllNight}`,
      ];
  }
}

/** One night's challenge score for the player in `seat`. */
export function nightScore(rule: ScoringRule, seat: string, night: NightRecord): number {
  switch (rule.kind) {
    case "general":
      return pairScore(night, seat, { both: "victory", neither: "no-battle", alone: (s) => `defeat-${s}` });
    case "lover":
      return pairScore(night, seat, { both: "date", neither: "nothing", alone: (s) => `stood-up-${s}` });
    case "enemy": {
      const captures = night.events.filter((e) => e.type === "capture" && e.by === "enemy").length;
      const base = night.outcome === "victory" ? P.enemyVictory : night.outcome === "no-battle" ? P.enemyNoBattle : P.enemyDefeat;
      return base + captures * P.perCapture;
    }
    case "process": {
      if (!safeRun(night.checks)) return P.unsafe;
      const round = night.result[seat]?.depth;
      if (round === null || round === undefined) return P.undecided;
      return Math.max(P.decidedFloor, P.decidedRound1 + (round - 1) * P.perLaterRound);
    }
    case "adversary": {
      const termination = (night.checks as { termination?: { ok: boolean; lastDecisionTick: number | null } } | undefined)?.termination;
      const maxTicks = Number(night.params.maxTicks);
      if (!termination || !termination.ok) return maxTicks * P.perTickHeld + P.heldAllNight;
      return (termination.lastDecisionTick ?? 0) * P.perTickHeld;
    }
  }
}

/** Generals and Lovers share one shape: together, neither, or one alone; messages cost. */
function pairScore(night: NightRecord, seat: string, words: { both: string; neither: string; alone: (seat: string) => string }): number {
  const sent = night.events.filter((e) => e.type === "send" && e.from === seat).length;
  let base: number;
  if (night.outcome === words.both) base = P.together;
  else if (night.outcome === words.neither) base = P.neither;
  else if (night.outcome === words.alone(seat)) base = P.aloneYou;
  else base = P.aloneOther;
  return base + sent * P.perMessage;
}

/** Agreement and Validity held (the checker's verdict in the trace). A missing verdict is not safe. */
function safeRun(checks: unknown): boolean {
  const v = checks as { agreement?: { ok: boolean }; validity?: { ok: boolean } } | undefined;
  return Boolean(v?.agreement?.ok && v?.validity?.ok);
}
