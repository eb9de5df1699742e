/**
 * Ben-Or's leaderboards of its own: one per number of processes, ranked by total score (rounds
 * held off, and the bonus: a run kept undecided has no decision round to rank by).
 */
import type { LeaderboardBoard } from "../scenario";
import type { BenorParams } from "./params";
import { BENOR_SIZES } from "./terms";

export const BENOR_BOARDS: readonly LeaderboardBoard[] = BENOR_SIZES.map((n) => ({
  key: `n${n}`,
  label: `${n} processes`,
  rankBy: "score" as const,
  figure: "total score",
}));

export function benorBoardOf(params: BenorParams): string | null {
  return params.watch ? null : `n${params.n}`;
}
