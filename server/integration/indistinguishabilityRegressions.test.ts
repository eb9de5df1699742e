/**
 * Pairs of worlds the indistinguishability test once told apart, kept by name. Each pair is
 * first checked to still be a pair (same observation for the seat, by the rules), then played
 * over the sockets: the seat must receive the same bytes in both.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { playHeadless } from "../testing/worlds/headless";
import { observationKey } from "../testing/worlds/observe";
import { comparablePackets, firstDifference, jsonDiff } from "../testing/worlds/packets";
import { playOverSockets } from "../testing/worlds/socketPlay";
import type { World } from "../testing/worlds/world";
import { startWorldServer, type WorldServer } from "../testing/worlds/worldServer";

interface NamedPair {
  name: string;
  mode: "game" | "class";
  a: World;
  /** World b is world a with these changes (its hidden truth). */
  b: Partial<World>;
}

const generalsA: World = {
  scenario: "generals",
  seat: "A",
  seed: 2004384290,
  params: { captureProbability: 0.5, crossingTicks: 2, dawnTick: 6, enemy: "none" },
  bots: { B: "chain-3" },
  script: [
    { tick: 0, move: { type: "send", kind: "ack" } },
    { tick: 1, move: { type: "send", kind: "plan" } },
    { tick: 1, move: { type: "commit", decision: "attack" } },
    { tick: 2, move: { type: "send", kind: "plan" } },
    { tick: 4, move: { type: "send", kind: "plan" } },
    { tick: 5, move: { type: "send", kind: "plan" } },
  ],
};

const PAIRS: NamedPair[] = [
  {
    // Nothing reaches A before dawn in either world. In the second, A's plan arrived at tick 3
    // and B's acknowledgement was captured; the game-wide counter then numbered A's tick-4
    // messenger 4, not 3, and A could see at tick 4 that its plan had arrived.
    name: "generals: A's messenger ids do not count B's lost acknowledgements",
    mode: "game",
    a: generalsA,
    b: { seed: 1275192579 },
  },
  {
    name: "generals: a general is not told which strategy the bot Enemy plays",
    mode: "game",
    a: {
      scenario: "generals",
      seat: "A",
      seed: 1423038741,
      params: { captureProbability: 0, crossingTicks: 1, dawnTick: 8, enemy: "bot" },
      bots: { B: "acknowledged", enemy: "random" },
      script: [
        { tick: 0, move: { type: "send", kind: "ack" } },
        { tick: 0, move: { type: "send", kind: "ack" } },
        { tick: 1, move: { type: "send", kind: "plan" } },
        { tick: 2, move: { type: "send", kind: "ack" } },
        { tick: 6, move: { type: "send", kind: "plan" } },
        { tick: 6, move: { type: "commit", decision: "attack" } },
      ],
    },
    b: { seed: 1356509593, bots: { B: "acknowledged", enemy: "adversarial" } },
  },
  {
    name: "class round: a lover's screen does not say the night is lucky",
    mode: "class",
    a: {
      scenario: "lovers",
      seat: "bob",
      seed: 1395957463,
      params: { lossProbability: 0.1, luckyNight: false },
      bots: { alice: "chain-4" },
      script: [
        { tick: 2, move: { type: "send", kind: "ack" } },
        { tick: 5, move: { type: "send", kind: "ack" } },
        { tick: 6, move: { type: "decide", decision: "stay" } },
        { tick: 7, move: { type: "send", kind: "ack" } },
        { tick: 9, move: { type: "send", kind: "ack" } },
      ],
    },
    b: { seed: 1738425079, params: { lossProbability: 0.1, luckyNight: true } },
  },
];

let server: WorldServer;
beforeAll(async () => {
  server = await startWorldServer(2);
});
afterAll(async () => {
  await server.stop();
});

describe("named pairs of indistinguishable worlds", () => {
  for (const pair of PAIRS) {
    it(pair.name, async () => {
      const worlds = [pair.a, { ...pair.a, ...pair.b }];
      const [ka, kb] = await Promise.all(worlds.map(async (w) => observationKey(w, await playHeadless(w))));
      expect(kb, "the two worlds no longer look the same to the seat: choose a new pair").toBe(ka);
      const texts = await Promise.all(
        worlds.map(async (w) => {
          const clients = await server.take();
          try {
            return comparablePackets((await playOverSockets(server.env, clients, w, pair.mode)).packets);
          } finally {
            server.release(clients);
          }
        }),
      );
      const diff = firstDifference(texts[0], texts[1]);
      expect(diff && { packet: diff.index, differences: jsonDiff(diff.a, diff.b) }).toBeNull();
    });
  }
});
