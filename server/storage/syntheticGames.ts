/**
 * Synthetic finished games for the leaderboard's scale test and benchmark: deterministic from a
 * seed, written straight through better-sqlite3 in one transaction (the store's one-game
 * transactions would take an hour for a million games). PlayerStat is filled with the same
 * addSeat rule the store applies on save, in finishing order.
 */
import Database from "better-sqlite3";
import type { AnyScenario } from "../engine/scenario";
import { SCENARIOS } from "../engine/scenarios";
import { addSeat, periodsOf, statKey, type StatRow } from "./playerStats";

export interface SyntheticOptions {
  games: number;
  players: number;
  /** Games finish one after another, evenly, over the `days` before `end`; three share each instant. */
  end: Date;
  days: number;
  seed: number;
  /** Class sessions; about 1 game in 100 belongs to one of them. */
  sessions?: number;
  /** Length of the stored trace (real ones are a few KB; they make Game rows wide). */
  traceBytes?: number;
}

export interface SyntheticSeat {
  seat: string;
  kind: "human" | "bot";
  playerId: string | null;
  score: number;
  won: boolean;
  depth: number | null;
}

export interface SyntheticGame {
  id: string;
  scenario: string;
  outcome: string;
  finishedAt: Date;
  sessionId: string | null;
  seats: SyntheticSeat[];
}

/**
 * Per scenario, its outcomes and the seats a synthetic game ranks: the player seats of its
 * default parameters, at most three (so a consensus game has p1..p3).
 */
const SHAPES = new Map(
  Object.values(SCENARIOS).map((s: AnyScenario) => {
    const seats: string[] = s.seats(s.paramsSchema.parse({}));
    return [s.id, { outcomes: s.outcomes, seats: seats.filter((seat) => s.role(seat).kind === "player").slice(0, 3) }] as const;
  }),
);
export const SYNTHETIC_SCENARIOS = [...SHAPES.keys()];

export const playerIdOf = (i: number) => `p${String(i).padStart(6, "0")}`;
export const sessionIdOf = (i: number) => `s${i}`;

/** The games, oldest first. Player activity is skewed (a few play a lot) and scores tie often. */
export function* syntheticGames(o: SyntheticOptions): Generator<SyntheticGame> {
  let state = o.seed >>> 0 || 1;
  const random = () => {
    // xorshift32: fast, and the data only needs to look varied, not be unpredictable.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
  const start = o.end.getTime() - o.days * 86_400_000;
  const step = (o.days * 86_400_000) / Math.ceil(o.games / 3);
  for (let i = 0; i < o.games; i++) {
    const scenario = SYNTHETIC_SCENARIOS[Math.floor(random() * SYNTHETIC_SCENARIOS.length)];
    const shape = SHAPES.get(scenario) as { outcomes: readonly string[]; seats: string[] };
    const seats = shape.seats.map((seat): SyntheticSeat => {
      const human = random() < 0.6;
      const depth = random() < 0.2 ? null : 1 + Math.floor(random() * 6);
      return {
        seat,
        kind: human ? "human" : "bot",
        playerId: human ? playerIdOf(Math.floor(o.players * random() ** 2)) : null,
        score: Math.floor(random() * 31) - 12,
        won: random() < 0.45,
        depth,
      };
    });
    const outcomes = shape.outcomes;
    yield {
      id: `g${String(i).padStart(8, "0")}`,
      scenario,
      outcome: outcomes[Math.floor(random() * outcomes.length)],
      finishedAt: new Date(Math.floor(start + Math.floor(i / 3) * step)),
      sessionId: o.sessions && random() < 0.01 ? sessionIdOf(Math.floor(random() * o.sessions)) : null,
      seats,
    };
  }
}

/** How Prisma's SQLite adapter stores a DateTime: ISO text with an explicit offset. */
const sqliteDate = (d: Date) => d.toISOString().replace("Z", "+00:00");

/**
 * Writes the synthetic games, their players, sessions and PlayerStat rows into a migrated SQLite
 * file. `onGame` sees every game (a test keeps them to compute the expected boards independently).
 */
export function seedSyntheticGames(file: string, o: SyntheticOptions, onGame?: (g: SyntheticGame) => void) {
  const db = new Database(file);
  // A throwaway file being filled: durability does not matter, speed does.
  db.pragma("journal_mode = OFF");
  db.pragma("synchronous = OFF");
  db.pragma("cache_size = -262144");
  const now = sqliteDate(o.end);
  const trace = JSON.stringify({ format: "bivalent-trace", filler: "x".repeat(Math.max(0, (o.traceBytes ?? 64) - 40)) });
  const insertPlayer = db.prepare(`INSERT INTO "Player" (id, deviceHash, nickname, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?)`);
  const insertSession = db.prepare(`INSERT INTO "ClassSession" (id, code, title, hostHash, allowLateJoin, createdAt) VALUES (?, ?, ?, ?, 1, ?)`);
  const insertGame = db.prepare(
    `INSERT INTO "Game" (id, scenario, outcome, startedAt, finishedAt, trace, sessionId) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertSeat = db.prepare(
    `INSERT INTO "GameSeat" (gameId, seat, kind, playerId, name, strategy, score, won, depth, scenario, finishedAt, sessionId)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertStat = db.prepare(
    `INSERT INTO "PlayerStat" (playerId, scenario, period, games, wins, winRate, totalScore, bestScore, bestDepth, bestGameId, updatedAt)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const stats = new Map<string, StatRow>();
  let games = 0;
  let seats = 0;
  db.transaction(() => {
    for (let i = 0; i < o.players; i++) insertPlayer.run(playerIdOf(i), `device-${i}`, `player ${i}`, now, now);
    for (let i = 0; i < (o.sessions ?? 0); i++) insertSession.run(sessionIdOf(i), `C${i}`, `Class ${i}`, "host", now);
    for (const g of syntheticGames(o)) {
      onGame?.(g);
      const at = sqliteDate(g.finishedAt);
      insertGame.run(g.id, g.scenario, g.outcome, at, at, trace, g.sessionId);
      games++;
      for (const s of g.seats) {
        const name = s.playerId ?? "bot";
        insertSeat.run(g.id, s.seat, s.kind, s.playerId, name, s.kind === "bot" ? "bot" : null, s.score, s.won ? 1 : 0, s.depth, g.scenario, at, g.sessionId);
        seats++;
        if (s.playerId === null) continue;
        for (const period of periodsOf(g.finishedAt)) {
          const key = statKey(s.playerId, g.scenario, period);
          stats.set(key, addSeat(stats.get(key), { playerId: s.playerId, score: s.score, won: s.won, depth: s.depth }, g, period));
        }
      }
    }
    for (const r of stats.values()) {
      insertStat.run(r.playerId, r.scenario, r.period, r.games, r.wins, r.winRate, r.totalScore, r.bestScore, r.bestDepth, r.bestGameId, now);
    }
  })();
  // No ANALYZE: a production database never runs it, so plans are measured as they would be there.
  db.close();
  return { games, seats, playerStats: stats.size };
}
