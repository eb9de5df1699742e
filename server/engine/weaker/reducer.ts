/**
 * The weaker-agreement game: the adversary delivers messages (by id), lets a chosen k-set process
 * take its step, and crashes processes (at most f), within the fairness bound; the processes run
 * the protocol (engine/). The room's tick counts time: a watched game's bot takes one move a tick,
 * and after `patience` ticks without a move the network serves the oldest obligation itself.
 * Pure: inputs come from the seed, a watched random bot's draws from its own stream.
 */
import { adversaryTick, botStream } from "../adversaryNetwork/clock";
import { applyToGame, reduceAdversaryAction } from "../adversaryNetwork/reduce";
import { refuse, type ReduceResult } from "../result";
import { adversaryMove } from "./adversary";
import { allLiveDecided, applyGame, checksOf, createGame, dueObligation, fairnessBound, inputsOf, moveFor, obligations, quiet, serves, stepsOf, type EngineEvent, type GameMove } from "./game";
import type { WeakerParams } from "./params";
import { ADVERSARY_SEAT, type WeakerOutcome } from "./terms";
import type { WeakerAction, WeakerEvent, WeakerLog, WeakerState } from "./types";

type Result = ReduceResult<WeakerState, WeakerEvent>;

export { fairnessBound };

/** The watched bot's stream: a seed word apart from the inputs' (as Ben-Or's is). */
export { botStream };

export function createWeakerGame(params: WeakerParams, seed: number): WeakerState {
  const game = createGame(params, seed);
  const messages = game.problem === "epsilon" ? game.s.buffer.map((m) => ({ id: m.id, from: m.from, to: m.to, round: m.round, value: m.value, sentAt: 0, deliveredAt: null })) : [];
  return { params, tick: 0, phase: "playing", outcome: null, game, botRng: botStream(seed), idleTicks: 0, log: { messages, decisions: [], crashes: [], averages: [] } };
}

function finish(state: WeakerState, outcome: WeakerOutcome, events: WeakerEvent[]): Result {
  const end: WeakerEvent = { type: "end", tick: state.tick, outcome, inputs: inputsOf(state.game) };
  return { ok: true, state: { ...state, phase: "finished", outcome }, events: [...events, end] };
}

/** The engine's events as trace events, and the log they extend. */
function record(state: WeakerState, engineEvents: readonly EngineEvent[], by: "adversary" | "network", move: GameMove): { log: WeakerLog; events: WeakerEvent[] } {
  const step = stepsOf(state.game);
  const tick = state.tick;
  const log: WeakerLog = { messages: state.log.messages, decisions: state.log.decisions.slice(), crashes: state.log.crashes.slice(), averages: state.log.averages.slice() };
  const events: WeakerEvent[] = [];
  if (move.type === "step") events.push({ type: "step", tick, step, process: move.pid + 1, by });
  for (const e of engineEvents) {
    switch (e.type) {
      case "delivered":
        log.messages = log.messages.map((m) => (m.id === e.id ? { ...m, deliveredAt: step } : m));
        events.push({ type: "deliver", tick, step, messageId: e.id, from: e.from + 1, to: e.to + 1, by });
        break;
      case "sent": {
        const round = "round" in e ? e.round : null;
        log.messages = [...log.messages, { id: e.id, from: e.from, to: e.to, round, value: e.value, sentAt: step, deliveredAt: null }];
        events.push({ type: "send", tick, step, messageId: e.id, from: e.from + 1, to: e.to + 1, round, value: e.value });
        break;
      }
      case "averaged":
        log.averages.push({ pid: e.pid, round: e.round, value: e.value, from: e.from.slice(), step });
        events.push({ type: "average", tick, step, process: e.pid + 1, round: e.round, from: e.from.map((p) => p + 1), value: e.value });
        break;
      case "decided":
        log.decisions.push({ pid: e.pid, value: e.value, step });
        events.push({ type: "decide", tick, step, process: e.pid + 1, value: e.value });
        break;
      case "crashed":
        log.crashes.push({ pid: e.pid, step });
        events.push({ type: "crash", tick, step, process: e.pid + 1 });
        break;
    }
  }
  return { log, events };
}

/** One move (the adversary's, its bot's or the network's), applied; the game ends once every live process decided, or nothing is left to do. */
function move(state: WeakerState, m: GameMove, by: "adversary" | "network"): Result {
  const due = dueObligation(state.game, state.log.messages, fairnessBound(state.params));
  if (due && !serves(due, m)) {
    const what =
      due.kind === "step"
        ? `p${due.pid + 1} has waited ${stepsOf(state.game) - due.since} steps to send its input; let it step next (or crash p${due.pid + 1})`
        : `message #${due.id} for p${due.pid + 1} has waited ${stepsOf(state.game) - due.since} steps; deliver it next (or crash p${due.pid + 1})`;
    return refuse("UNFAIR", `Fairness: ${what}`);
  }
  const result = applyToGame(state, applyGame(state.game, m), (moved, engineEvents) => record(moved, engineEvents, by, m));
  if (!result.ok) return result;
  const { state: next, events } = result;
  if (allLiveDecided(next.game)) {
    const c = checksOf(next.game);
    return finish(next, c.agreement.ok && c.validity.ok ? "agreed" : "violated", events);
  }
  if (quiet(next.game)) return finish(next, "blocked", events);
  return { ok: true, state: next, events };
}

function tick(state: WeakerState): Result {
  const bound = fairnessBound(state.params);
  return adversaryTick(state, {
    timeUp: (ticked) => finish(ticked, "undecided", []),
    botMove: (ticked) => adversaryMove(ticked.params.bot ?? "", ticked.game, ticked.log.messages, bound, ticked.botRng),
    oldest: (ticked) => {
      const oldest = obligations(ticked.game, ticked.log.messages)[0];
      return oldest ? moveFor(oldest) : undefined;
    },
    move,
  });
}

export function reduceWeaker(state: WeakerState, action: WeakerAction): Result {
  return reduceAdversaryAction(state, action, { adversarySeat: ADVERSARY_SEAT, tick, move });
}
