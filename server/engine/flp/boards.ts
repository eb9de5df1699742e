/**
 * FLP's leaderboards of its own: the longest bivalent run per protocol (every run is fair: the
 * server refuses an unfair step), and the Lemma 1 puzzles solved. A watched run counts on none.
 */
import type { LeaderboardBoard } from "../scenario";
import type { FlpParams } from "./params";
import { FLP_PROTOCOL_WORDS } from "./protocolWords";
import { FLP_PROTOCOL_IDS } from "./terms";

export const PUZZLE_BOARD = "puzzle";

export const FLP_BOARDS: readonly LeaderboardBoard[] = [
  ...FLP_PROTOCOL_IDS.map((id) => ({ key: id, label: FLP_PROTOCOL_WORDS[id].title, rankBy: "depth" as const, figure: "longest bivalent run" })),
  { key: PUZZLE_BOARD, label: "Lemma 1 puzzles", rankBy: "wins", figure: "puzzles solved" },
];

export function flpBoardOf(params: FlpParams): string | null {
  if (params.mode === "puzzle") return PUZZLE_BOARD;
  return params.watch ? null : params.protocol;
}
