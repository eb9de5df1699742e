/**
 * The Ben-Or game: the adversary delivers messages (by id) and crashes processes (at most f),
 * within the fairness bound; the processes run Ben-Or (engine/). The room's tick counts time: a
 * watched game's bot takes one move a tick, and after `patience` ticks without a move the network
 * delivers the oldest message itself (an adversary that stops scheduling cannot stall the run).
 * Pure: coins and inputs come from the PRNG in the engine state, a watched bot's draws from its own.
 */
import { adversaryTick, botStream } from "../adversaryNetwork/clock";
import { applyToGame, reduceAdversaryAction } from "../adversaryNetwork/reduce";
import type { ReduceResult } from "../result";
import { benOrBotMove } from "./engine/bots";
import { adversaryView, allLiveDecided, applyBenOr, createBenOr, deliverable, type BenOrEvent, type BenOrMove } from "./engine/game";
import type { BenorParams } from "./params";
import { ADVERSARY_SEAT, defaultBound, type BenorOutcome } from "./terms";
import type { BenorAction, BenorEvent, BenorLog, BenorState } from "./types";

type Result = ReduceResult<BenorState, BenorEvent>;

export const fairnessBound = (params: BenorParams) => params.bound ?? defaultBound(params.n);

/** The watched bot's stream: a seed word apart from the coins' (as engine/runs.ts does). */
export { botStream };

export function createBenorGame(params: BenorParams, seed: number): BenorState {
  const game = createBenOr({ n: params.n, f: params.f, inputs: params.inputs, bound: fairnessBound(params) }, seed >>> 0);
  return {
    params,
    tick: 0,
    phase: "playing",
    outcome: null,
    game,
    botRng: botStream(seed),
    idleTicks: 0,
    adversaryMoves: 0,
    log: { messages: game.buffer.map((m) => ({ ...m, deliveredAt: null })), coins: [], decisions: [], crashes: [] },
  };
}

function finish(state: BenorState, outcome: BenorOutcome, events: BenorEvent[]): Result {
  const end: BenorEvent = { type: "end", tick: state.tick, outcome, inputs: state.game.inputs.slice() };
  return { ok: true, state: { ...state, phase: "finished", outcome }, events: [...events, end] };
}

/** The engine's events as trace events, and the log they extend. */
function record(state: BenorState, engineEvents: readonly BenOrEvent[], by: "adversary" | "network"): { log: BenorLog; events: BenorEvent[] } {
  const step = state.game.steps;
  const tick = state.tick;
  const log: BenorLog = { messages: state.log.messages, coins: state.log.coins.slice(), decisions: state.log.decisions.slice(), crashes: state.log.crashes.slice() };
  const events: BenorEvent[] = [];
  for (const e of engineEvents) {
    switch (e.type) {
      case "delivered":
        log.messages = log.messages.map((m) => (m.id === e.id ? { ...m, deliveredAt: step } : m));
        events.push({ type: "deliver", tick, step, messageId: e.id, from: e.from + 1, to: e.to + 1, by });
        break;
      case "sent":
        log.messages = [...log.messages, { id: e.id, from: e.from, to: e.to, kind: e.kind, round: e.round, value: e.value, sentAt: step, deliveredAt: null }];
        events.push({ type: "send", tick, step, messageId: e.id, from: e.from + 1, to: e.to + 1, kind: e.kind, round: e.round, value: e.value });
        break;
      case "adopted":
        events.push({ type: "adopt", tick, step, process: e.pid + 1, round: e.round, value: e.value });
        break;
      case "coin":
        log.coins.push({ pid: e.pid, round: e.round, value: e.value, step });
        events.push({ type: "coin", tick, step, process: e.pid + 1, round: e.round, value: e.value });
        break;
      case "decided":
        log.decisions.push({ pid: e.pid, round: e.round, value: e.value, step });
        events.push({ type: "decide", tick, step, process: e.pid + 1, round: e.round, value: e.value });
        break;
      case "halted":
        events.push({ type: "halt", tick, step, process: e.pid + 1, round: e.round });
        break;
      case "crashed":
        log.crashes.push({ pid: e.pid, step });
        events.push({ type: "crash", tick, step, process: e.pid + 1 });
        break;
      case "proposed":
        break; // the P-messages' "send" events carry it
    }
  }
  return { log, events };
}

/** One adversary move (or the network's delivery), applied; the game ends once every live process has decided. */
function move(state: BenorState, m: BenOrMove, by: "adversary" | "network"): Result {
  const counted: BenorState = { ...state, adversaryMoves: state.adversaryMoves + (by === "adversary" ? 1 : 0) };
  const result = applyToGame(counted, applyBenOr(state.game, m), (moved, engineEvents) => record(moved, engineEvents, by));
  if (!result.ok || !allLiveDecided(result.state.game)) return result;
  return finish(result.state, "decided", result.events);
}

function tick(state: BenorState): Result {
  const bound = fairnessBound(state.params);
  return adversaryTick(state, {
    timeUp: (ticked) => finish(ticked, "undecided", []),
    botMove: (ticked) => benOrBotMove(ticked.params.bot, adversaryView(ticked.game), ticked.botRng, { bound }),
    oldest: (ticked) => {
      const oldest = deliverable(ticked.game)[0];
      return oldest ? { type: "deliver" as const, id: oldest.id } : undefined;
    },
    move,
  });
}

export function reduceBenor(state: BenorState, action: BenorAction): Result {
  return reduceAdversaryAction(state, action, { adversarySeat: ADVERSARY_SEAT, tick, move });
}
