/**
 * The docs are enough to replay a consensus run: a replayer written from docs/trace-format.md
 * alone (docReplayerConsensus.testing.ts, no engine code) reproduces the engine's events byte for
 * byte, for every n, detector class, relay setting, with and without an adversary.
 */
import { describe, expect, it } from "vitest";
import { replayConsensusFromDocs } from "./docReplayerConsensus.testing";
import { consensus, consensusParamsSchema, DETECTOR_CLASSES, weaklyComplete, type ConsensusAction, type ConsensusState } from "./consensus";
import type { AdversaryView } from "./consensus/view";
import { SeededRandom } from "./prng";
import { GameRecord } from "./record";
import { botSeed } from "./simulate";
import { sized } from "../testing/tier";

type Json = Record<string, unknown>;

/**
 * Bots on every seat, played less tidily than simulate() does, as humans would: the seats move
 * in a shuffled order, a seat sometimes sits a tick out, and the adversary sometimes rushes a
 * message. Refused moves are not recorded, as in a real room.
 */
function play(params: unknown, seed: number, strategies: Record<string, string>, chaos: SeededRandom): GameRecord<ConsensusState, ConsensusAction> {
  const record = new GameRecord<ConsensusState, ConsensusAction>(consensus, params, seed);
  const seats: string[] = consensus.seats(params as never);
  while (!record.over) {
    const order = seats.slice().sort(() => chaos.float() - 0.5);
    for (const seat of order) {
      if (chaos.float() < 0.15) continue;
      const view = consensus.view(record.state, seat);
      for (const move of consensus.botMoves(view, strategies[seat], botSeed(seed, seat))) record.apply(consensus.toAction(seat, move));
      if (view.role === "adversary" && chaos.float() < 0.3) {
        const flying = (view as AdversaryView).inFlight;
        if (flying.length) record.apply({ type: "rush", seat, messageId: flying[chaos.int(0, flying.length - 1)].id });
      }
    }
    record.apply(consensus.tick);
  }
  return record;
}

/** Seeded runs: 3,000 in the full tier, fewer in the quick one. */
const RUNS = sized(3000, 600);

describe("a consensus replayer written from the docs alone", () => {
  it("reproduces the engine's events on many seeded runs of every class, with and without an adversary and the relay layer", () => {
    const chaos = new SeededRandom(2024);
    const seen = new Map<string, number>();
    let runs = 0;
    for (let i = 0; i < RUNS; i++) {
      const n = 3 + (i % 5);
      const detector = DETECTOR_CLASSES[Math.floor(i / 5) % 6];
      const adversary = (["none", "bot", "none", "human"] as const)[Math.floor(i / 30) % 4];
      const f = Math.floor((n - 1) / 2);
      const crashCount = chaos.int(0, f);
      const crashes: { process: number; tick: number }[] = [];
      while (crashes.length < crashCount) {
        const process = chaos.int(1, n);
        if (!crashes.some((c) => c.process === process)) crashes.push({ process, tick: chaos.int(1, 25) });
      }
      const sandbox = i % 11 === 0;
      const params = consensusParamsSchema.parse({
        n, detector, f, crashes, sandbox,
        adversary, // "human": the same seat, moved here by a bot
        gst: chaos.int(0, 40),
        maxDelay: chaos.int(1, 5),
        mistakeRate: [0, 0.15, 0.5, 1][i % 4],
        maxTicks: chaos.int(10, 120),
        ...(i % 3 === 0 ? { inputs: Array.from({ length: n }, () => chaos.int(0, 1)) } : {}),
        ...(weaklyComplete(detector) && i % 2 === 1 ? { strongCompleteness: false } : {}),
      });
      const strategies: Record<string, string> = {};
      for (const seat of consensus.seats(params)) {
        strategies[seat] = seat === "adversary" ? (i % 7 === 0 ? "stubborn" : "random") : sandbox && chaos.float() < 0.5 ? "contrarian" : "protocol";
      }
      const seed = (i * 2654435761) >>> 0;
      const game = play(params, seed, strategies, chaos);
      const mine = replayConsensusFromDocs(JSON.parse(JSON.stringify(params)) as Json, seed, JSON.parse(JSON.stringify(game.inputs)) as Json[]);
      const theirs = JSON.stringify(game.traceEvents());
      if (JSON.stringify(mine) !== theirs) {
        // Point at the first event that differs: far easier to read than two whole traces.
        const a = mine.map((e) => JSON.stringify(e));
        const b = game.traceEvents().map((e) => JSON.stringify(e));
        const at = a.findIndex((e, k) => e !== b[k]);
        expect({ run: i, params, event: a[at] ?? null }).toEqual({ run: i, params, event: b[at] ?? null });
      }
      runs++;
      for (const e of game.events) seen.set(e.type, (seen.get(e.type) ?? 0) + 1);
      for (const input of game.inputs) {
        const key = `${input.type === "reply" ? ((input as { ack?: boolean }).ack ? "ack" : "nack") : input.type}-input`;
        seen.set(key, (seen.get(key) ?? 0) + 1);
      }
      seen.set(`${game.state.outcome}-run`, (seen.get(`${game.state.outcome}-run`) ?? 0) + 1);
    }
    if (process.env.DOC_REPLAY_STATS) console.log(runs, Object.fromEntries(seen));
    expect(runs).toBe(RUNS);
    // The runs reached every kind of event and move the docs describe, and both outcomes.
    const kinds = ["send", "deliver", "drop", "delay", "suggest", "decide", "crash", "suspect", "unsuspect", "output-suspect", "output-unsuspect", "end"];
    const moves = ["opinion", "suggest", "ack", "nack", "decide", "relay", "delay", "rush", "suspect", "unsuspect", "crash"].map((m) => `${m}-input`);
    for (const type of [...kinds, ...moves, "decided-run", "undecided-run"]) {
      expect(seen.get(type) ?? 0, type).toBeGreaterThan(RUNS / 60);
    }
  });
});
