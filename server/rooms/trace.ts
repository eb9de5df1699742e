/** Turn a finished room into what storage keeps: the trace and one row per seat. */
import { TRACE_VERSION, type FinishedGame, type Trace } from "../storage/types";
import type { GameRoom, SeatSlot } from "./room";

/** A Bot API bot's seat's counters, 0 included: the per-bot page reads them (docs/bot-api.md, *Timing*). */
const botCounters = (s: SeatSlot) => ({ timeouts: s.timeouts ?? 0, refused: s.refused ?? 0 });

export function finishedGameOf(room: GameRoom): FinishedGame {
  const summary = room.scenario.summarize(room.record.state);
  // A room stamps both times from its clock before it reports the game finished.
  const { startedAt, finishedAt } = room;
  if (!startedAt || !finishedAt) throw new Error(`finishedGameOf: game ${room.id} has not finished`);
  const trace: Trace = {
    format: "bivalent-trace",
    version: TRACE_VERSION,
    gameId: room.id,
    scenario: room.scenario.id,
    params: room.params as Record<string, unknown>,
    seed: room.seed,
    tickMs: room.tickMs,
    seats: room.seats.map((s) => (s.botId ? { seat: s.seat, kind: "bot" as const, name: s.name ?? s.seat, playerId: null, botId: s.botId, ...botCounters(s) } : { seat: s.seat, kind: s.kind, name: s.name ?? s.seat, playerId: s.playerId })),
    inputs: room.record.inputs as Trace["inputs"],
    events: room.record.traceEvents(),
    outcome: summary.outcome,
    result: summary.seats as Trace["result"],
    ...(summary.checks ? { checks: summary.checks } : {}),
    ...(room.context?.practice ? { practice: true as const } : {}),
    ...(room.botFinished ? { botFinished: true as const } : {}),
    ...(room.context?.skin ? { skin: room.context.skin } : {}),
    startedAt: startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
  };
  return {
    id: room.id,
    scenario: room.scenario.id,
    outcome: summary.outcome,
    startedAt,
    finishedAt,
    trace,
    ...(room.context ? { context: room.context } : {}),
    code: room.code,
    friends: room.friends,
    seats: room.seats.map((s) => {
      const result = summary.seats[s.seat] ?? { score: 0, won: false, depth: null };
      return {
        seat: s.seat,
        // A Bot API bot's seat is a bot's on every board: no playerId, so no human ranking counts it.
        kind: s.botId ? ("bot" as const) : s.kind,
        playerId: s.botId ? null : s.playerId,
        ...(s.botId ? { botId: s.botId, ...botCounters(s) } : {}),
        name: s.name ?? s.seat,
        strategy: s.strategy,
        score: result.score,
        won: result.won,
        depth: result.depth,
        tokenHash: s.tokenHash,
      };
    }),
  };
}
