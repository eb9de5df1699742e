/**
 * The Two Generals in the indistinguishability test (server/testing/worlds/): a general with chance
 * losses, a general facing a bot Enemy, and the Enemy itself.
 */
import type { SeededRandom } from "../prng";
import { messengerPolicy, messengerSeat, type MessengerMoves } from "../twoParty/worlds.testing";
import { pick, seedOf, type Family, type WorldsKit } from "../../testing/worlds/kit";
import { botPolicy } from "../../testing/worlds/policies";
import type { Projector } from "../../testing/worlds/visibility";

const BOTS = ["bold", "acknowledged", "chain-3", "chain-4", "timid"];
const MOVES: MessengerMoves = { first: { type: "send", kind: "plan" }, decide: (c) => ({ type: "commit", decision: c === 0 ? "attack" : "hold" }), firstSeat: "A" };

/** A general of a game with chance losses: hidden are the seed (every capture) alone. */
function chance(r: SeededRandom, size: number): Family {
  const seat = pick(r, ["A", "B"]);
  const other = seat === "A" ? "B" : "A";
  const params = { captureProbability: pick(r, [0.2, 0.5, 0.8]), crossingTicks: pick(r, [1, 1, 2]), dawnTick: r.int(4, 9), enemy: "none" };
  const bots = { [other]: pick(r, BOTS) };
  const policySeed = seedOf(r);
  return {
    name: `generals ${seat} p=${params.captureProbability} d=${params.crossingTicks} T=${params.dawnTick}`,
    scenario: "generals",
    seat,
    variants: Array.from({ length: size }, () => ({ scenario: "generals", params, seed: seedOf(r), seat, bots })),
    policy: () => messengerPolicy(MOVES, seat, policySeed, params.dawnTick),
  };
}

/** A general facing a bot Enemy: hidden are the Enemy's strategy and the seed (its secret choices). */
function enemy(r: SeededRandom, size: number): Family {
  const seat = pick(r, ["A", "B"]);
  const other = seat === "A" ? "B" : "A";
  const params = { captureProbability: 0, crossingTicks: pick(r, [1, 2]), dawnTick: r.int(4, 9), enemy: "bot" };
  const partner = pick(r, BOTS);
  const policySeed = seedOf(r);
  return {
    name: `generals ${seat} vs enemy bot d=${params.crossingTicks} T=${params.dawnTick}`,
    scenario: "generals",
    seat,
    variants: Array.from({ length: size }, () => ({
      scenario: "generals",
      params,
      seed: seedOf(r),
      seat,
      bots: { [other]: partner, enemy: pick(r, ["adversarial", "random"]) },
    })),
    policy: () => messengerPolicy(MOVES, seat, policySeed, params.dawnTick),
  };
}

/** The Enemy: it sees the whole valley; hidden is only the seed. */
function asEnemy(r: SeededRandom, size: number): Family {
  const params = { captureProbability: 0, crossingTicks: pick(r, [1, 2]), dawnTick: r.int(4, 9), enemy: "human" };
  const bots = { A: pick(r, BOTS), B: pick(r, BOTS) };
  const strategy = pick(r, ["adversarial", "random"]);
  const policySeed = seedOf(r);
  return {
    name: `generals enemy (${strategy}) T=${params.dawnTick}`,
    scenario: "generals",
    seat: "enemy",
    variants: Array.from({ length: size }, () => ({ scenario: "generals", params, seed: seedOf(r), seat: "enemy", bots })),
    policy: () => botPolicy("generals", strategy, policySeed),
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

export const generalsWorlds: WorldsKit = {
  families: [
    { kind: "generals-chance", make: chance, weight: 3 },
    { kind: "generals-enemy", make: enemy, weight: 2 },
    { kind: "generals-as-enemy", make: asEnemy, weight: 1 },
  ],
  projector: (world) => (world.seat === "enemy" ? enemySeat : messengerSeat(world.seat, "general")),
  startFacts: () => [],
};
