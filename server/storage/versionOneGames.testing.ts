/**
 * Test helpers: finished two-party games as the version 1 code stored them (depth = the chain),
 * for the start-up upgrade's tests.
 */
import { generalsParamsSchema } from "../engine/generals/params";
import { loversParamsSchema } from "../engine/lovers/params";
import { SeededRandom } from "../engine/prng";
import { GameRecord } from "../engine/record";
import type { AnyScenario } from "../engine/scenario";
import { chainIn } from "../engine/timeline";
import type { FinishedGame, Trace } from "./types";

/** Two parties who send at random: the bots rarely build a chain they cannot see, these often do. */
export function restless(scenario: AnyScenario, seed: number): GameRecord {
  const two = scenario.id === "generals";
  const params = two
    ? generalsParamsSchema.parse({ captureProbability: 0.35, crossingTicks: 1, dawnTick: 12 })
    : loversParamsSchema.parse({ lossProbability: 0.35 });
  const seats = two ? (["A", "B"] as const) : (["alice", "bob"] as const);
  const record = new GameRecord<unknown, { type: string; seat?: string; kind?: string }>(scenario, params, seed);
  const random = new SeededRandom(seed);
  while (!record.over) {
    seats.forEach((seat, i) => {
      if (random.float() < 0.8) record.apply({ type: "send", seat, kind: two ? (i === 0 ? "plan" : "ack") : i === 0 ? "proposal" : "ack" });
    });
    record.apply({ type: "tick" });
  }
  return record;
}

/**
 * A finished game as the version 1 code stored it: each two-party seat's depth (on its row and in
 * the trace's result) is the true chain. `players` maps seats to player ids (others are bots).
 */
export function storedAsVersion1(id: string, scenario: AnyScenario, record: GameRecord, players: Record<string, string>, finishedAt: Date, practice = false): FinishedGame {
  const summary = scenario.summarize(record.state);
  const timeline = scenario.timeline(record.state, record.events);
  const twoParty = scenario.id !== "consensus";
  const result: Trace["result"] = {};
  for (const [seat, r] of Object.entries(summary.seats as Trace["result"])) result[seat] = { ...r, depth: twoParty && r.depth !== null ? chainIn(timeline, seat) : r.depth };
  const seats = Object.entries(result).map(([seat, r]) => ({
    seat, kind: (players[seat] ? "human" : "bot") as "human" | "bot", playerId: players[seat] ?? null, name: players[seat] ? `p-${seat}` : "bot", strategy: players[seat] ? null : "bot",
    score: r.score, won: r.won, depth: r.depth,
  }));
  const trace: Trace = {
    format: "bivalent-trace", version: 1, gameId: id, scenario: scenario.id, params: record.params as Record<string, unknown>, seed: record.seed, tickMs: 100,
    seats: seats.map(({ seat, kind, name, playerId }) => ({ seat, kind, name, playerId })),
    inputs: record.inputs as Trace["inputs"], events: record.traceEvents(), outcome: summary.outcome, result,
    ...(summary.checks ? { checks: summary.checks } : {}), ...(practice ? { practice: true as const } : {}),
    startedAt: new Date(finishedAt.getTime() - 5_000).toISOString(), finishedAt: finishedAt.toISOString(),
  };
  return { id, scenario: scenario.id, outcome: summary.outcome, startedAt: new Date(trace.startedAt), finishedAt, seats, trace, ...(practice ? { context: { practice: true } } : {}) };
}
