/** The Two Insecure Lovers in the indistinguishability test (server/testing/worlds/). */
import type { SeededRandom } from "../prng";
import { messengerPolicy, messengerSeat, type MessengerMoves } from "../twoParty/worlds.testing";
import { pick, seedOf, type Family, type WorldsKit } from "../../testing/worlds/kit";

const BOTS = ["eager", "acknowledged", "chain-3", "chain-4", "homebody"];
const MOVES: MessengerMoves = { first: { type: "send", kind: "proposal" }, decide: (c) => ({ type: "decide", decision: c === 0 ? "show" : "stay" }), firstSeat: "alice" };

/** A lover: hidden are the lucky-night flag and the seed. */
function lover(r: SeededRandom, size: number): Family {
  const seat = pick(r, ["alice", "bob"]);
  const other = seat === "alice" ? "bob" : "alice";
  const lossProbability = pick(r, [0.1, 0.3, 0.5, 0.7]);
  const bots = { [other]: pick(r, BOTS) };
  const policySeed = seedOf(r);
  return {
    name: `lovers ${seat} p=${lossProbability}`,
    scenario: "lovers",
    seat,
    variants: Array.from({ length: size }, () => ({ scenario: "lovers", params: { lossProbability, luckyNight: r.float() < 0.4 }, seed: seedOf(r), seat, bots })),
    policy: () => messengerPolicy(MOVES, seat, policySeed, 12),
  };
}

export const loversWorlds: WorldsKit = {
  families: [{ kind: "lovers", make: lover, weight: 3 }],
  projector: (world) => messengerSeat(world.seat, "lover"),
  startFacts: () => [],
};
