/**
 * A player's running totals over a set of seats, as every ranking shows them: the public boards
 * (per scenario and period, in PlayerStat) and a class session's board (counted on the fly).
 */

/** What a player's seats add up to. */
export interface PlayerTotals {
  playerId: string;
  /** Seats taken: a player who held both seats of a game counts twice, as they scored twice. */
  games: number;
  wins: number;
  /** wins / games, between 0 and 1. */
  winRate: number;
  totalScore: number;
  bestScore: number;
  /** The game of the best score (the first one to reach it): the row's replay. */
  bestGameId: string;
}

/** `totals` (or fresh ones) with one more seat of game `gameId` counted. Pure. */
export function addToTotals(
  totals: PlayerTotals | undefined,
  seat: { playerId: string; score: number; won: boolean },
  gameId: string,
): PlayerTotals {
  const base = totals ?? { playerId: seat.playerId, games: 0, wins: 0, winRate: 0, totalScore: 0, bestScore: seat.score, bestGameId: gameId };
  const games = base.games + 1;
  const wins = base.wins + (seat.won ? 1 : 0);
  // Strictly better only: on a tie the replay link stays on the first game that reached it.
  const better = seat.score > base.bestScore;
  return {
    playerId: base.playerId,
    games,
    wins,
    winRate: wins / games,
    totalScore: base.totalScore + seat.score,
    bestScore: better ? seat.score : base.bestScore,
    bestGameId: better ? gameId : base.bestGameId,
  };
}
