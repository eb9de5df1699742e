/**
 * The boards a game counts on. Every game counts on its scenario's board; a scenario with boards
 * of its own (Scenario.boards, e.g. one per protocol) also counts it on the one its parameters
 * name. A player's totals on a board are PlayerStat rows whose `scenario` column holds the board's
 * key: the scenario id, or "<scenario>/<board>". The same indexes then serve every board.
 */
import { scenarioById } from "../engine/scenarios";
import type { LeaderboardBoard } from "../engine/scenario";

/** The PlayerStat key of a board: the scenario's own board when `board` is absent. */
export function boardKey(scenario: string, board?: string | null): string {
  return board ? `${scenario}/${board}` : scenario;
}

/** The scenario a board key belongs to. */
export function scenarioOfBoard(key: string): string {
  const slash = key.indexOf("/");
  return slash < 0 ? key : key.slice(0, slash);
}

/** A scenario's boards of its own (none for most). */
export function boardsOf(scenario: string): readonly LeaderboardBoard[] {
  return scenarioById(scenario)?.boards?.list ?? [];
}

/** The board of its own a game of `scenario` with these stored parameters counts on, if any. */
export function boardOfGame(scenario: string, params: unknown): string | null {
  const s = scenarioById(scenario);
  if (!s?.boards) return null;
  const parsed = s.paramsSchema.safeParse(params ?? {});
  if (!parsed.success) return null;
  const board = s.boards.of(parsed.data);
  return board !== null && s.boards.list.some((b) => b.key === board) ? board : null;
}

/** Every board key a game counts on: its scenario's, then its own board's if it has one. */
export function boardKeysOfGame(scenario: string, params: unknown): string[] {
  const board = boardOfGame(scenario, params);
  return board ? [scenario, boardKey(scenario, board)] : [scenario];
}
