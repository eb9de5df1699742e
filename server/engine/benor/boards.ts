/** Ben-Or's leaderboards of its own: one per number of processes, ranked by the latest round held to. */
import type { LeaderboardBoard } from "../scenario";
import type { BenorParams } from "./params";
import { BENOR_SIZES } from "./terms";

export const BENOR_BOARDS: readonly LeaderboardBoard[] = BENOR_SIZES.map((n) => ({
  key: `n${n}`,
  label: `${n} processes`,
  rankBy: "depth" as const,
  figure: "latest decision round",
}));

export function benorBoardOf(params: BenorParams): string | null {
  return params.watch ? null : `n${params.n}`;
}
