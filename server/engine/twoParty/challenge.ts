/**
 * The challenge formula of the two parties of Two Generals and Two Insecure Lovers: together,
 * neither, or one alone; each message costs. Unsafe ends cost most (a lone act hurts the one
 * who acted more than the one who held back).
 */
import type { ChallengeRule, NightRecord } from "../scenario";

export const TWO_PARTY_POINTS = {
  together: 100,
  neither: 20,
  aloneYou: -100,
  aloneOther: -50,
  perMessage: -5,
} as const;

const P = TWO_PARTY_POINTS;

/** The scenario's words for the formula's cases, and its outcome names. */
export interface PairWords {
  both: string;
  neither: string;
  /** The outcome in which only `seat` acted. */
  alone: (seat: string) => string;
  lines: { both: string; neither: string; aloneYou: string; aloneOther: string; perMessage: string };
}

/** A pair formula in the scenario's words. */
export function pairRule(words: PairWords): ChallengeRule {
  return {
    lines: () => [
      `${words.lines.both}: +${P.together}`,
      `${words.lines.neither}: +${P.neither}`,
      `${words.lines.aloneYou}: ${P.aloneYou}`,
      `${words.lines.aloneOther}: ${P.aloneOther}`,
      `${words.lines.perMessage}: ${P.perMessage}`,
    ],
    score: (seat, night) => pairScore(night, seat, words),
  };
}

function pairScore(night: NightRecord, seat: string, words: PairWords): number {
  const sent = night.events.filter((e) => e.type === "send" && e.from === seat).length;
  let base: number;
  if (night.outcome === words.both) base = P.together;
  else if (night.outcome === words.neither) base = P.neither;
  else if (night.outcome === words.alone(seat)) base = P.aloneYou;
  else base = P.aloneOther;
  return base + sent * P.perMessage;
}
