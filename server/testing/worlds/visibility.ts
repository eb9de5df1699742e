/**
 * What one seat learns from one true event, by the rules of each scenario (docs/DOMAIN.md),
 * written from the trace format and not from the view code under test. `null`: the seat does
 * not see it. A projection keeps only what the seat may know (never a game-wide id it could
 * not count itself, never a fate before it has consequences there).
 */
import type { GameEvent } from "../../engine/record";
import type { World } from "./world";

export type Projection = unknown[] | null;
export type Projector = (event: GameEvent, sends: ReadonlyMap<number, GameEvent>) => Projection;

/** Ids of sends, by the field each scenario names them with. */
export const sendIdOf = (e: GameEvent): number | undefined => (e.messengerId ?? e.smsId ?? e.messageId) as number | undefined;

/** A general or a lover: its own sends and decision, and what reached it (by content and time). */
function messengerSeat(seat: string, actorField: "general" | "lover"): Projector {
  return (e, sends) => {
    switch (e.type) {
      case "send":
        return e.from === seat ? ["sent", e.kind, e.acked] : null;
      case "deliver": {
        if (e.to !== seat) return null;
        const s = sends.get(sendIdOf(e) as number) as GameEvent;
        return ["arrived", s.kind, s.acked, s.tick];
      }
      case "commit":
      case "decide":
        return e[actorField] === seat && !e.byDefault ? ["decided", e.decision] : null;
      default:
        return null;
    }
  };
}

/** The Enemy: every messenger in the valley and its fate, never the generals' decisions. */
const enemySeat: Projector = (e) => {
  switch (e.type) {
    case "send":
      return ["send", e.messengerId, e.from, e.kind, e.acked, e.arrivesAt];
    case "deliver":
    case "capture":
    case "late":
      return [e.type, e.messengerId, e.by ?? null];
    default:
      return null;
  }
};

/** A consensus process: its sends, its deliveries in order, its own detector, its crash, its decision. */
function processSeat(p: number): Projector {
  return (e, sends) => {
    switch (e.type) {
      case "send":
        return e.from === p ? ["sent", e.to, e.payload] : null;
      case "deliver": {
        if (e.to !== p) return null;
        const s = sends.get(e.messageId as number) as GameEvent;
        return ["got", s.from, s.payload];
      }
      case "suspect":
      case "unsuspect":
        return e.process === p ? [e.type, e.target] : null;
      case "crash":
      case "decide":
        return e.process === p ? [e.type, e.round ?? null, e.value ?? null] : null;
      default:
        return null;
    }
  };
}

/**
 * An FLP process: its own steps (with the message each took: its sender and label; λ: nothing),
 * what it sent, its decision. Never a crash (a crashed process cannot tell: it just takes no
 * more steps), the buffer, the others' steps or a valency.
 */
function flpProcessSeat(p: number): Projector {
  return (e, sends) => {
    switch (e.type) {
      case "step": {
        if (e.process !== p) return null;
        const s = e.messageId === null ? null : (sends.get(e.messageId as number) as GameEvent);
        return ["stepped", s ? [s.from, s.label] : null];
      }
      case "send":
        return e.from === p ? ["sent", e.to, e.label] : null;
      case "decide":
        return e.process === p ? ["decided", e.value] : null;
      default:
        return null;
    }
  };
}

/** The adversary schedules everything: it sees every event (the end, with its reveal, is not compared). */
const adversarySeat: Projector = (e) => [e.type, JSON.stringify(e, (k, v) => (k === "tick" ? undefined : v))];

/**
 * A Ben-Or process: what reached it (its sender and content, in order), its own broadcasts, its
 * coins, adoptions, decision and halt, and its crash. The opening messages (R, 1, input), ids
 * 1..n², have no send event: their content is the sender's input (the world's `params.inputs`).
 */
function benorProcessSeat(p: number, inputs: readonly number[]): Projector {
  const n = inputs.length;
  return (e, sends) => {
    switch (e.type) {
      case "send":
        return e.from === p ? ["sent", e.to, e.kind, e.round, e.value] : null;
      case "deliver": {
        if (e.to !== p) return null;
        const id = e.messageId as number;
        if (id <= n * n) return ["got", e.from, "R", 1, inputs[(e.from as number) - 1]];
        const s = sends.get(id) as GameEvent;
        return ["got", s.from, s.kind, s.round, s.value];
      }
      case "coin":
      case "adopt":
      case "decide":
      case "halt":
      case "crash":
        return e.process === p ? [e.type, e.round ?? null, e.value ?? null] : null;
      default:
        return null;
    }
  };
}

export function projectorFor(world: World): Projector {
  const { scenario, seat } = world;
  if (scenario === "generals") return seat === "enemy" ? enemySeat : messengerSeat(seat, "general");
  if (scenario === "lovers") return messengerSeat(seat, "lover");
  if (scenario === "flp") return flpProcessSeat(Number(seat.slice(1)));
  if (scenario === "benor" && seat !== "adversary") return benorProcessSeat(Number(seat.slice(1)), world.params.inputs as number[]);
  return seat === "adversary" ? adversarySeat : processSeat(Number(seat.slice(1)));
}

/**
 * What a seat knows before the first tick besides the announced parameters: a process its
 * input; the adversary the inputs and, for classes that have one, the process the detector
 * must spare; an FLP process its input; a Ben-Or process its input, its adversary every input.
 * Read from the `end` event, which publishes them.
 */
export function startFacts(world: World, events: readonly GameEvent[]): unknown[] {
  if (world.scenario === "flp") {
    const end = events.find((e) => e.type === "end") as (GameEvent & { inputs: number[] }) | undefined;
    return end ? [end.inputs[Number(world.seat.slice(1)) - 1]] : [];
  }
  if (world.scenario === "benor") {
    // Ben-Or: a process knows its input, the adversary every input (both stated by the `end` event).
    const end = events.find((e) => e.type === "end") as (GameEvent & { inputs: number[] }) | undefined;
    if (!end) return [];
    return world.seat === "adversary" ? [end.inputs] : [end.inputs[Number(world.seat.slice(1)) - 1]];
  }
  if (world.scenario !== "consensus") return [];
  const end = events.find((e) => e.type === "end") as (GameEvent & { inputs: number[]; protectedProcess: number }) | undefined;
  if (!end) return [];
  if (world.seat !== "adversary") return [end.inputs[Number(world.seat.slice(1)) - 1]];
  const detector = String(world.params.detector);
  return [end.inputs, ["S", "ES", "W", "EW"].includes(detector) ? end.protectedProcess : null];
}
