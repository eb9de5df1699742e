import { describe, expect, it } from "vitest";
import { GameRecord } from "../record";
import { botSeed } from "../simulate";
import { consensus } from "./index";
import { consensusParamsSchema } from "./params";
import type { ConsensusState } from "./types";
import type { ProcessView } from "./view";

/** Keys that would hand a process what only the server or the adversary may know. */
const SECRET_KEYS = /"(gst|crashes|protectedProcess|rng|seed|inFlight|deliverAt|deadline|mistakeRate|adversary|crashedAt|detectBy|suspicionLog|procs|processes)"/;

describe("a process's view", () => {
  it("holds only its own state, what was delivered to it and its own detector, at every step of 300 runs", () => {
    for (let seed = 0; seed < 300; seed++) {
      const params = consensusParamsSchema.parse({ n: 3 + (seed % 5), detector: "ES", f: 1, adversary: "bot", crashes: [] });
      const record = new GameRecord<ConsensusState>(consensus, params, seed);
      const seats: string[] = consensus.seats(params);
      for (let t = 0; t < 300 && !record.over; t++) {
        for (const seat of seats) {
          const view = consensus.view(record.state, seat);
          if (view.role === "process") checkProcessView(view, record.state);
          const moves = consensus.botMoves(view, seat === "adversary" ? "random" : "protocol", botSeed(seed, seat));
          for (const move of moves) record.apply(consensus.toAction(seat, move));
        }
        record.apply({ type: "tick" });
      }
    }
  });

  it("reveals the verdict, the inputs and the protected process only after the run", () => {
    const params = consensusParamsSchema.parse({ n: 3, detector: "ES" });
    const record = new GameRecord<ConsensusState>(consensus, params, 4);
    expect((consensus.view(record.state, "p1") as ProcessView).reveal).toBeNull();
    while (!record.over) {
      for (const seat of consensus.seats(params)) for (const m of consensus.botMoves(consensus.view(record.state, seat), "protocol", 1)) record.apply(consensus.toAction(seat, m));
      record.apply({ type: "tick" });
    }
    const reveal = (consensus.view(record.state, "p2") as ProcessView).reveal;
    expect(reveal?.verdict.agreement.ok).toBe(true);
    expect(reveal?.processes).toHaveLength(3);
    expect(reveal?.protectedProcess).toBe(record.state.protectedProcess);
  });
});

function checkProcessView(view: ProcessView, state: ConsensusState): void {
  const me = state.procs[view.me - 1];
  const text = JSON.stringify(view);
  expect(text).not.toMatch(SECRET_KEYS);
  expect(view.reveal).toBeNull();
  expect([view.value, view.ts, view.round, view.input]).toEqual([me.value, me.ts, me.round, me.input]);
  expect(view.suspects).toEqual(me.suspects);
  // Every message in its inbox was delivered to it, numbered by arrival: never one in flight.
  for (const m of view.inbox) {
    const delivered = me.inbox[m.id - 1];
    expect({ from: m.from, at: m.at, payload: m.payload }).toEqual({ from: delivered.from, at: delivered.at, payload: delivered.payload });
  }
  expect(text).not.toMatch(/"sentAt"/);
}
