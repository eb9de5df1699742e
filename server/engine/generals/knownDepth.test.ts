/**
 * The depth a finished game stores is what the seat knew: the least true chain over every world
 * that gives that seat exactly the observations it had. Checked by brute force, written here from
 * the definitions alone (it shares no code with knownLadder or knowledgeLadder), on every game of
 * a few small valleys and on many random Lovers' nights and chance-driven valleys.
 */
import { describe, expect, it } from "vitest";
import { SeededRandom } from "../prng";
import { lovers } from "../lovers";
import { loversParamsSchema } from "../lovers/params";
import { reduceLovers, createLoversGame } from "../lovers/reducer";
import type { Lover, LoversAction, LoversState } from "../lovers/types";
import { generals } from "./index";
import { generalsParamsSchema, type GeneralsParams } from "./params";
import { createGeneralsGame, reduceGenerals } from "./reducer";
import type { General, GeneralsAction, GeneralsState } from "./types";
import { generalsView, type GeneralView } from "./view";
import { sized } from "../../testing/tier";

/** A message as the brute force sees it: who sent it when, when it would arrive, and whether it did. */
interface Msg {
  from: General;
  sentAt: number;
  arrivesAt: number;
  delivered: boolean;
}

/** What `me` observed: when it sent, and (sentAt, arrivedAt, acked) of each message that reached it. */
function observation(world: readonly Msg[], me: General): string {
  const sent = world.filter((m) => m.from === me).map((m) => m.sentAt);
  const received = world
    .filter((m) => m.from !== me && m.delivered)
    .map((m) => [m.sentAt, m.arrivesAt, ackedOf(world, m)].join("/"));
  return `${sent.join(",")}|${received.join(",")}`;
}

/** How many of the receiver's messages had reached `m`'s sender when `m` left (arrivals come before sends in a tick). */
function ackedOf(world: readonly Msg[], m: Msg): number {
  return world.filter((o) => o.from !== m.from && o.delivered && o.arrivesAt <= m.sentAt).length;
}

/** The longest alternating chain of delivered messages starting from A, each sent at or after the previous arrived. */
function longestChain(world: readonly Msg[]): number {
  const memo = new Map<Msg, number>();
  const from = (prev: Msg): number => {
    let length = memo.get(prev);
    if (length !== undefined) return length;
    let best = 0;
    for (const n of world) if (n.delivered && n.from !== prev.from && n.sentAt >= prev.arrivesAt) best = Math.max(best, from(n));
    memo.set(prev, (length = 1 + best));
    return length;
  };
  let best = 0;
  for (const m of world) if (m.delivered && m.from === "A") best = Math.max(best, from(m));
  return best;
}

/** The deepest rung `me` holds in a world: A holds even levels, B odd ones. */
function trueDepth(world: readonly Msg[], me: General): number {
  const chain = longestChain(world);
  const mine = me === "A" ? chain % 2 === 0 : chain % 2 === 1;
  return mine ? chain : Math.max(0, chain - 1);
}

interface Known {
  depth: number;
  worlds: number;
}

/**
 * The least true depth over every world `me` cannot tell from `actual`: every message that could
 * have arrived before the end gets both fates (the other side's too: a world where one of its
 * unseen messages arrives is ruled out because `me` would have seen it), and a world counts only
 * if it reproduces `me`'s observation exactly. The acks are recomputed in each world.
 * This one tries all 2^n worlds: only for small games.
 */
function everyWorldKnownDepth(actual: readonly Msg[], me: General, end: number): Known {
  const seen = observation(actual, me);
  const open = actual.map((m, i) => (m.arrivesAt < end ? i : -1)).filter((i) => i >= 0);
  let depth = Number.POSITIVE_INFINITY;
  let worlds = 0;
  for (let mask = 0; mask < 1 << open.length; mask++) {
    const world = actual.map((m) => ({ ...m, delivered: false }));
    open.forEach((i, bit) => (world[i].delivered = (mask & (1 << bit)) !== 0));
    if (observation(world, me) !== seen) continue;
    worlds++;
    depth = Math.min(depth, trueDepth(world, me));
  }
  return { depth, worlds };
}

/**
 * The same worlds, found faster: fates are chosen message by message in arrival order, and a
 * branch is dropped as soon as it already contradicts what `me` saw (a message of the other side
 * whose fate differs from whether `me` received it, or more of `me`'s messages arrived before a
 * reply left than the reply acknowledges). Every world reached is still checked in full.
 */
function prunedKnownDepth(actual: readonly Msg[], me: General, end: number): Known {
  const seen = observation(actual, me);
  const world = actual.map((m) => ({ ...m }));
  const open = world.filter((m) => m.arrivesAt < end).sort((a, b) => a.arrivesAt - b.arrivesAt);
  for (const m of world) if (m.arrivesAt >= end) m.delivered = false;
  const replies = actual.filter((m) => m.from !== me && m.delivered).map((m) => ({ sentAt: m.sentAt, acked: ackedOf(actual, m) }));
  let depth = Number.POSITIVE_INFINITY;
  let worlds = 0;
  const walk = (k: number) => {
    const assigned = open.slice(0, k);
    for (const r of replies) {
      const count = assigned.filter((m) => m.from === me && m.delivered && m.arrivesAt <= r.sentAt).length;
      const settled = k === open.length || open[k].arrivesAt > r.sentAt;
      if (count > r.acked || (settled && count !== r.acked)) return;
    }
    if (k === open.length) {
      if (observation(world, me) !== seen) return;
      worlds++;
      depth = Math.min(depth, trueDepth(world, me));
      return;
    }
    const m = open[k];
    const original = actual[world.indexOf(m)].delivered;
    for (const fate of [true, false]) {
      if (m.from !== me && fate !== original) continue; // me would have seen the difference
      m.delivered = fate;
      walk(k + 1);
    }
  };
  walk(0);
  return { depth, worlds };
}

/** The brute force's picture of a finished game, checked against the engine's own acks. */
function worldOf(state: GeneralsState): Msg[] {
  const world = state.messengers.map((m) => ({ from: m.from, sentAt: m.sentAt, arrivesAt: m.arrivesAt, delivered: m.fate === "delivered" }));
  state.messengers.forEach((m, i) => expect(ackedOf(world, world[i])).toBe(m.acked));
  return world;
}

/** Stored depth, live end view and brute force agree for both generals; returns how often the truth was deeper. */
function checkGame(state: GeneralsState, stored: Record<General, number | null>): number {
  const world = worldOf(state);
  let hidden = 0;
  for (const me of ["A", "B"] as const) {
    const { depth, worlds } = prunedKnownDepth(world, me, state.params.dawnTick);
    expect(worlds).toBeGreaterThan(0); // the actual world is always one of them
    if (world.length <= 8) expect(everyWorldKnownDepth(world, me, state.params.dawnTick)).toEqual({ depth, worlds });
    expect(stored[me]).toBe(depth);
    expect((generalsView(state, me) as GeneralView).knowledge.depth).toBe(depth);
    if (trueDepth(world, me) > depth) hidden++;
  }
  return hidden;
}

function apply(state: GeneralsState, action: GeneralsAction): GeneralsState {
  const r = reduceGenerals(state, action);
  if (!r.ok) throw new Error(`${action.type} refused: ${r.error.code}`);
  return r.state;
}

/**
 * Every game of a small valley with an Enemy seat deciding fates: each tick each general sends or
 * not, and each messenger that could arrive before dawn is captured at once or let through.
 */
function* everyGame(params: GeneralsParams): Generator<GeneralsState> {
  function* from(state: GeneralsState): Generator<GeneralsState> {
    if (state.phase === "finished") {
      yield state;
      return;
    }
    for (const a of sendChoices(state, "A")) {
      for (const b of sendChoices(a, "B")) yield* from(apply(b, { type: "tick" }));
    }
  }
  yield* from(createGeneralsGame(params, 0));
}

/** The states after `general` does nothing, or sends a messenger that then arrives or is captured. */
function sendChoices(state: GeneralsState, general: General): GeneralsState[] {
  const out = [state];
  const hasNews = state.messengers.some((m) => m.to === general && m.fate === "delivered");
  if (general === "B" && !hasNews) return out;
  const sent = apply(state, { type: "send", seat: general, kind: general === "A" && !hasNews ? "plan" : "ack" });
  out.push(sent);
  const id = sent.nextMessengerId - 1;
  if (state.tick + state.params.crossingTicks < state.params.dawnTick) out.push(apply(sent, { type: "capture", seat: "enemy", messengerId: id }));
  return out;
}

describe("stored depth is known depth: the least true chain over the worlds a seat cannot tell apart", () => {
  it("on every game of small valleys (all send patterns, all fates)", () => {
    let games = 0;
    let hidden = 0;
    for (const [crossingTicks, dawnTick] of [[1, 3], [1, 4], [1, 5], [2, 4], [2, 5], [2, 6], [3, 7]]) {
      const params = generalsParamsSchema.parse({ enemy: "human", crossingTicks, dawnTick });
      for (const state of everyGame(params)) {
        const summary = generals.summarize(state);
        hidden += checkGame(state, { A: summary.seats.A!.depth, B: summary.seats.B!.depth });
        expect(generalsView(state, "A").reveal?.depths).toEqual({ A: summary.seats.A!.depth, B: summary.seats.B!.depth });
        games++;
      }
    }
    expect(games).toBeGreaterThan(10_000);
    expect(hidden).toBeGreaterThan(10); // games where the truth went further than anyone could know
    console.info(`known depth: ${games} small valleys checked exhaustively, ${hidden} seats whose chain exceeded what they knew`);
  });

  it("on random chance-driven valleys and Lovers' nights", () => {
    const random = new SeededRandom(2026);
    let hidden = 0;
    const NIGHTS = sized(3000, 400);
    const VALLEYS = sized(2000, 300);
    for (let i = 0; i < NIGHTS; i++) {
      // A Lovers' night: each lover texts in each hour with some chance, SMS lost with p = 0.4.
      let night: LoversState = createLoversGame(loversParamsSchema.parse({ lossProbability: 0.4 }), i);
      const rate = 0.3 + 0.6 * random.float();
      while (night.inner.phase === "running") {
        for (const seat of ["alice", "bob"] as Lover[]) {
          if (random.float() >= rate) continue;
          const action: LoversAction = { type: "send", seat, kind: seat === "alice" && random.float() < 0.5 ? "proposal" : "ack" };
          const r = reduceLovers(night, action);
          if (r.ok) night = r.state;
        }
        night = advance(night);
      }
      const seats = lovers.summarize(night).seats;
      hidden += checkGame(night.inner, { A: seats.alice!.depth, B: seats.bob!.depth });
      const reveal = lovers.view(night, "alice").reveal!;
      expect(reveal.depths).toEqual({ alice: seats.alice!.depth, bob: seats.bob!.depth });
    }
    for (let seed = 0; seed < VALLEYS; seed++) {
      const params = generalsParamsSchema.parse({ captureProbability: 0.35, crossingTicks: 1 + (seed % 2), dawnTick: 9 + (seed % 4) });
      let state = createGeneralsGame(params, seed);
      while (state.phase === "running") {
        for (const g of ["A", "B"] as const) {
          const r = reduceGenerals(state, { type: "send", seat: g, kind: g === "A" ? "plan" : "ack" });
          if (r.ok && random.float() < 0.6) state = r.state;
        }
        state = apply(state, { type: "tick" });
      }
      const seats = generals.summarize(state).seats;
      hidden += checkGame(state, { A: seats.A!.depth, B: seats.B!.depth });
    }
    expect(hidden).toBeGreaterThan((NIGHTS + VALLEYS) / 50);
    console.info(`known depth: ${NIGHTS} random nights and ${VALLEYS} random valleys checked, ${hidden} seats whose chain exceeded what they knew`);
  });
});

function advance(night: LoversState): LoversState {
  const r = reduceLovers(night, { type: "tick" });
  if (!r.ok) throw new Error(r.error.code);
  return r.state;
}
