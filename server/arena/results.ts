/**
 * What a finished arena match gives each of its bots: its score against par on that night, the
 * result (a loss whenever the seat timed out, whatever the score), its failures (timeouts, refused moves, an unsafe ending in a player seat) and its new
 * rating. Pure: server/storage/arenaStore.ts reads the stored game and writes this in one transaction.
 */
import { scenarioById } from "../engine/scenarios";
import type { StoredSummary } from "../engine/scenario";
import { parOf } from "./nights";
import { FIRST_RATING, rateMatch, resultAgainstPar, type Rating } from "./rating";

/** A stored seat of the match's game (GameSeat). */
export interface StoredArenaSeat {
  seat: string;
  botId: string | null;
  score: number;
  timeouts: number;
  refused: number;
}

export interface ArenaEntryResult {
  seat: string;
  botId: string;
  score: number;
  parScore: number;
  result: number;
  timeouts: number;
  refused: number;
  unsafe: boolean;
  before: Rating;
  after: Rating;
}

/**
 * Each Bot API seat's entry. `ratings`: each bot's rating in this scenario before the match
 * (absent: a first match). The scheduler seats a bot once per match; were a bot in two seats, each
 * entry would start from the same rating and the store's last write would win.
 */
export function arenaEntries(
  match: { scenario: string; seed: number },
  summary: StoredSummary,
  seats: readonly StoredArenaSeat[],
  ratings: ReadonlyMap<string, Rating>,
): ArenaEntryResult[] {
  const scenario = scenarioById(match.scenario);
  if (!scenario) throw new Error(`arena: unknown scenario "${match.scenario}"`);
  const par = parOf(match.scenario, match.seed);
  const unsafeGame = scenario.outcomeClass(summary) === "unsafe";
  return seats.flatMap((s) => {
    if (!s.botId) return [];
    const parScore = par[s.seat] ?? 0;
    // A seat that timed out had the stand-in, which plays par: silence would be a draw. It is a loss.
    const result = s.timeouts > 0 ? 0 : resultAgainstPar(s.score, parScore);
    const before = ratings.get(s.botId) ?? FIRST_RATING;
    const unsafe = unsafeGame && scenario.role(s.seat).kind === "player";
    return [{ seat: s.seat, botId: s.botId, score: s.score, parScore, result, timeouts: s.timeouts, refused: s.refused, unsafe, before, after: rateMatch(before, result) }];
  });
}
