import { describe, expect, it } from "vitest";
import { replay } from "../record";
import { simulate } from "../simulate";
import { consensus } from "./index";
import { consensusParamsSchema, coordinatorOf, DETECTOR_CLASSES, majority, type ConsensusParamsInput } from "./params";
import { createConsensusGame, reduceConsensus } from "./reducer";
import type { ConsensusAction, ConsensusState } from "./types";

const params = (input: ConsensusParamsInput = {}) => consensusParamsSchema.parse(input);

function run(state: ConsensusState, actions: ConsensusAction[]): ConsensusState {
  for (const a of actions) {
    const r = reduceConsensus(state, a);
    if (!r.ok) throw new Error(`${a.type} by ${"seat" in a ? a.seat : "clock"} refused: ${r.error.code} ${r.error.message}`);
    state = r.state;
  }
  return state;
}

function refusal(state: ConsensusState, action: ConsensusAction): string {
  const r = reduceConsensus(state, action);
  if (r.ok) throw new Error(`${action.type} was accepted`);
  return r.error.code;
}

const noisy = { mistakeRate: 0, maxDelay: 1 } as const;

describe("the rotating coordinator, step by step", () => {
  it("numbers coordinators (r mod n) + 1 and majorities floor(n/2) + 1", () => {
    expect([1, 2, 3, 4].map((r) => coordinatorOf(r, 3))).toEqual([2, 3, 1, 2]);
    expect([3, 4, 5, 6, 7].map(majority)).toEqual([2, 3, 3, 4, 4]);
  });

  it("takes inputs from the parameters, or draws them from the seed", () => {
    const fixed = createConsensusGame(params({ n: 3, inputs: [1, 0, 1] }), 7);
    expect(fixed.procs.map((p) => [p.input, p.value, p.ts, p.round])).toEqual([[1, 1, 0, 1], [0, 0, 0, 1], [1, 1, 0, 1]]);
    const drawn = new Set<string>();
    for (let seed = 0; seed < 20; seed++) drawn.add(createConsensusGame(params({ n: 5 }), seed).procs.map((p) => p.input).join(""));
    expect(drawn.size).toBeGreaterThan(10);
  });

  it("runs one round to a decision: opinions, suggestion, ACKs, DECIDE, relays", () => {
    // n = 3, round 1 is coordinated by p2; every message takes exactly one tick.
    let s = createConsensusGame(params({ n: 3, inputs: [0, 1, 0], ...noisy }), 1);
    s = run(s, [{ type: "opinion", seat: "p1" }, { type: "opinion", seat: "p2" }, { type: "opinion", seat: "p3" }]);
    expect(s.procs[1].inbox.map((m) => m.from)).toEqual([2]); // its own opinion, at once
    s = run(s, [{ type: "tick" }]);
    // First majority at p2: its own (v=1, t=0) then p1's (v=0, t=0): both timestamps 0, so either value.
    expect(refusal(s, { type: "suggest", seat: "p1", value: 0 })).toBe("NOT_ALLOWED");
    s = run(s, [{ type: "suggest", seat: "p2", value: 0 }]);
    expect(refusal(s, { type: "suggest", seat: "p2", value: 1 })).toBe("NOT_ALLOWED");
    s = run(s, [{ type: "reply", seat: "p2", ack: true }, { type: "tick" }, { type: "reply", seat: "p1", ack: true }, { type: "reply", seat: "p3", ack: true }]);
    expect(s.procs.map((p) => [p.value, p.ts, p.round])).toEqual([[0, 1, 2], [0, 1, 2], [0, 1, 2]]);
    s = run(s, [{ type: "tick" }, { type: "decide", seat: "p2" }]);
    expect(s.procs[1].decided).toEqual({ value: 0, round: 1, tick: 3 });
    s = run(s, [{ type: "tick" }]);
    expect(s.procs.map((p) => p.decided?.value)).toEqual([0, 0, 0]);
    expect(s.phase).toBe("finished");
    expect(s.outcome).toBe("decided");
  });

  it("refuses every move the protocol does not allow now", () => {
    let s = createConsensusGame(params({ n: 3, inputs: [0, 1, 0], ...noisy }), 1);
    expect(refusal(s, { type: "reply", seat: "p1", ack: true })).toBe("NOT_ALLOWED"); // nothing to ACK
    expect(refusal(s, { type: "decide", seat: "p2" })).toBe("NOT_ALLOWED");
    expect(refusal(s, { type: "relay", seat: "p1" })).toBe("NOT_ALLOWED");
    s = run(s, [{ type: "opinion", seat: "p1" }]);
    expect(refusal(s, { type: "opinion", seat: "p1" })).toBe("NOT_ALLOWED"); // once a round
    expect(refusal(s, { type: "reply", seat: "p1", ack: false })).toBe("NOT_ALLOWED"); // p1 does not suspect p2
    expect(refusal(s, { type: "opinion", seat: "p9" })).toBe("NOT_YOUR_SEAT");
    expect(refusal(s, { type: "crash", seat: "p1", process: 2 })).toBe("NOT_YOUR_SEAT");
    expect(refusal(s, { type: "delay", seat: "adversary", messageId: 1 })).toBe("NOT_YOUR_SEAT"); // no adversary seat
  });

  it("NACKs a coordinator the detector suspects, and moves on", () => {
    let s = createConsensusGame(params({ n: 3, inputs: [0, 1, 0], adversary: "human", gst: 50, ...noisy }), 1);
    s = run(s, [{ type: "opinion", seat: "p1" }, { type: "suspect", seat: "adversary", process: 1, target: 2 }, { type: "reply", seat: "p1", ack: false }]);
    expect(s.procs[0].round).toBe(2);
    expect(s.inFlight.at(-1)?.payload).toEqual({ kind: "nack", round: 1 });
  });

  it("relays DECIDE once, and a crashed process takes no step", () => {
    // Round 1 to p2's DECIDE; the adversary holds the copy to p3, so the run goes on after p1 decides.
    let r = createConsensusGame(params({ n: 3, inputs: [0, 1, 0], adversary: "human", gst: 50, ...noisy }), 1);
    r = run(r, [{ type: "opinion", seat: "p1" }, { type: "opinion", seat: "p2" }, { type: "opinion", seat: "p3" }, { type: "tick" }, { type: "suggest", seat: "p2", value: 0 }]);
    r = run(r, [{ type: "reply", seat: "p2", ack: true }, { type: "tick" }, { type: "reply", seat: "p1", ack: true }, { type: "reply", seat: "p3", ack: true }, { type: "tick" }, { type: "decide", seat: "p2" }]);
    const decides = (state: ConsensusState, from: number) => state.inFlight.filter((m) => m.from === from && m.payload.kind === "decide").map((m) => m.to);
    expect(decides(r, 2)).toEqual([1, 3]);
    expect(refusal(r, { type: "relay", seat: "p2" })).toBe("NOT_ALLOWED"); // its DECIDE was its relay
    const toP3 = r.inFlight.find((m) => m.from === 2 && m.to === 3)!;
    r = run(r, [{ type: "delay", seat: "adversary", messageId: toP3.id }, { type: "tick" }]);
    expect(r.procs.map((p) => p.decided?.value ?? null)).toEqual([0, 0, null]);
    expect(r.phase).toBe("running");
    r = run(r, [{ type: "relay", seat: "p1" }]);
    expect(decides(r, 1)).toEqual([2, 3]);
    expect(refusal(r, { type: "relay", seat: "p1" })).toBe("NOT_ALLOWED");

    let s = createConsensusGame(params({ n: 3, inputs: [1, 1, 1], crashes: [{ process: 3, tick: 1 }], ...noisy }), 2);
    s = run(s, [{ type: "tick" }]);
    expect(s.procs[2].crashedAt).toBe(1);
    expect(refusal(s, { type: "opinion", seat: "p3" })).toBe("NOT_ALLOWED");
  });

  it("plays whole runs with bots, deciding, and replays them exactly from the recorded inputs", () => {
    for (let seed = 0; seed < 30; seed++) {
      const p = params({ n: 4 + (seed % 3), detector: "ES", f: 1, adversary: seed % 2 ? "bot" : "none" });
      const strategies = Object.fromEntries(consensus.seats(p).map((seat) => [seat, seat === "adversary" ? "random" : "protocol"]));
      const game = simulate<ConsensusState>({ scenario: consensus, params: p, seed, strategies });
      expect(game.state.outcome).toBe("decided");
      // What a trace stores, through JSON: the params, the seed and the inputs, nothing else.
      const stored = JSON.parse(JSON.stringify({ params: p, inputs: game.inputs })) as { params: unknown; inputs: ConsensusAction[] };
      const again = replay(consensus, stored.params, seed, stored.inputs);
      expect(JSON.stringify(again.traceEvents())).toBe(JSON.stringify(game.traceEvents()));
      expect(again.state).toEqual(game.state);
    }
  });
});

describe("the adversary is held to the announced model", () => {
  const withAdversary = (input: ConsensusParamsInput) => createConsensusGame(params({ adversary: "human", ...input }), 3);

  it("cannot hold a message past max(sent, GST) + Δ, and can rush one", () => {
    let s = withAdversary({ n: 3, gst: 2, maxDelay: 2, mistakeRate: 0 });
    s = run(s, [{ type: "opinion", seat: "p1" }]);
    const m = s.inFlight[0];
    expect(m.deadline).toBe(4);
    while (s.inFlight[0].deliverAt < 4) s = run(s, [{ type: "delay", seat: "adversary", messageId: m.id }]);
    expect(refusal(s, { type: "delay", seat: "adversary", messageId: m.id })).toBe("NOT_ALLOWED");
    s = run(s, [{ type: "rush", seat: "adversary", messageId: m.id }]);
    expect(s.inFlight[0].deliverAt).toBe(1);
    expect(refusal(s, { type: "delay", seat: "adversary", messageId: 999 })).toBe("UNKNOWN_MESSAGE");
  });

  it("may not make a P detector suspect a live process, nor ◇P after GST", () => {
    expect(refusal(withAdversary({ n: 3, detector: "P" }), { type: "suspect", seat: "adversary", process: 1, target: 2 })).toBe("CLASS_VIOLATION");
    let s = withAdversary({ n: 3, detector: "EP", gst: 2, mistakeRate: 0 });
    s = run(s, [{ type: "suspect", seat: "adversary", process: 1, target: 2 }]);
    s = run(s, [{ type: "tick" }, { type: "tick" }]);
    expect(s.procs[0].suspects).toEqual([]); // the server withdrew the mistake at GST
    expect(refusal(s, { type: "suspect", seat: "adversary", process: 1, target: 3 })).toBe("CLASS_VIOLATION");
  });

  it("may not touch ◇S's protected process after GST, nor crash it, nor crash more than f", () => {
    let s = withAdversary({ n: 5, detector: "ES", gst: 1, f: 2, mistakeRate: 0 });
    const guarded = s.protectedProcess as number;
    const other = guarded === 1 ? 2 : 1;
    const third = [1, 2, 3, 4, 5].find((p) => p !== guarded && p !== other) as number;
    s = run(s, [{ type: "tick" }]);
    expect(refusal(s, { type: "suspect", seat: "adversary", process: other, target: guarded })).toBe("CLASS_VIOLATION");
    s = run(s, [{ type: "suspect", seat: "adversary", process: guarded, target: other }]); // others may still be suspected
    expect(refusal(s, { type: "crash", seat: "adversary", process: guarded })).toBe("CLASS_VIOLATION");
    s = run(s, [{ type: "crash", seat: "adversary", process: other }, { type: "crash", seat: "adversary", process: third }]);
    const fourth = [1, 2, 3, 4, 5].find((p) => p !== guarded && p !== other && p !== third) as number;
    expect(refusal(s, { type: "crash", seat: "adversary", process: fourth })).toBe("CLASS_VIOLATION");
  });

  it("cannot stop a process from suspecting a crashed one once completeness is due", () => {
    let s = withAdversary({ n: 3, detector: "ES", maxDelay: 1, mistakeRate: 0, f: 1 });
    const victim = s.protectedProcess === 1 ? 2 : 1;
    const watcher = [1, 2, 3].find((p) => p !== victim) as number;
    s = run(s, [{ type: "crash", seat: "adversary", process: victim }, { type: "tick" }]);
    expect(s.procs[watcher - 1].suspects).toContain(victim);
    expect(refusal(s, { type: "unsuspect", seat: "adversary", process: watcher, target: victim })).toBe("CLASS_VIOLATION");
  });

  it("refuses changes that change nothing, and bad processes", () => {
    const s = withAdversary({ n: 3 });
    expect(refusal(s, { type: "unsuspect", seat: "adversary", process: 1, target: 2 })).toBe("NOT_ALLOWED");
    expect(refusal(s, { type: "suspect", seat: "adversary", process: 1, target: 1 })).toBe("NOT_ALLOWED");
    expect(refusal(s, { type: "suspect", seat: "adversary", process: 1, target: 6 })).toBe("NOT_ALLOWED");
    expect(refusal(s, { type: "opinion", seat: "adversary" })).toBe("NOT_YOUR_SEAT");
  });
});

describe("the trace puts causes before effects", () => {
  it("logs each decision on delivery right after the deliver of its DECIDE, and a coordinator's before its DECIDE goes out", () => {
    let checked = 0;
    for (let seed = 0; seed < 60; seed++) {
      const p = params({ n: 3 + (seed % 5), detector: "ES", f: 1, adversary: seed % 2 ? "bot" : "none" });
      const strategies = Object.fromEntries(consensus.seats(p).map((seat) => [seat, seat === "adversary" ? "random" : "protocol"]));
      const events = simulate<ConsensusState>({ scenario: consensus, params: p, seed, strategies }).traceEvents();
      const sent = new Map(events.filter((e) => e.type === "send").map((e) => [e.messageId as number, e]));
      events.forEach((e, i) => {
        if (e.type !== "decide") return;
        const before = events[i - 1];
        const causedByDelivery = before.type === "deliver" && before.to === e.process && (sent.get(before.messageId as number)?.payload as { kind: string }).kind === "decide";
        const next = events[i + 1];
        const coordinatorDecided = next?.type === "send" && next.from === e.process && (next.payload as { kind: string }).kind === "decide";
        expect(causedByDelivery || coordinatorDecided, `seed ${seed}, event ${e.seq}: ${JSON.stringify(events.slice(Math.max(0, i - 2), i + 2))}`).toBe(true);
        checked++;
      });
    }
    expect(checked).toBeGreaterThan(200);
  });
});

describe("the protected process", () => {
  it("is null for P and ◇P, and for S, ◇S, W, ◇W a process that never crashes, over 600 generated runs", () => {
    for (let seed = 0; seed < 600; seed++) {
      const detector = DETECTOR_CLASSES[seed % DETECTOR_CLASSES.length];
      const n = 3 + (seed % 5);
      const f = Math.floor((n - 1) / 2);
      // Half the runs schedule a crash; the random adversary crashes others when it may.
      const crashes = seed % 2 ? [{ process: 1 + (seed % n), tick: 1 + (seed % 7) }] : [];
      const p = params({ n, detector, f, crashes, gst: 5, maxTicks: 60, adversary: "bot" });
      const strategies = Object.fromEntries(consensus.seats(p).map((seat) => [seat, seat === "adversary" ? "random" : "protocol"]));
      const game = simulate<ConsensusState>({ scenario: consensus, params: p, seed, strategies });
      const end = game.events.find((e) => e.type === "end") as { protectedProcess: number | null } | undefined;
      const crashed = new Set(game.events.filter((e) => e.type === "crash").map((e) => e.process as number));
      const guarded = detector === "S" || detector === "ES" || detector === "W" || detector === "EW";
      expect(game.state.protectedProcess === null, `seed ${seed} ${detector}`).toBe(!guarded);
      expect(end?.protectedProcess).toBe(game.state.protectedProcess);
      if (guarded) expect(crashed.has(game.state.protectedProcess as number), `seed ${seed}: the protected process crashed`).toBe(false);
    }
  });
});

describe("parameters", () => {
  it("refuses f >= n/2, more scheduled crashes than f, inputs of the wrong length", () => {
    expect(consensusParamsSchema.safeParse({ n: 4, f: 2 }).success).toBe(false);
    expect(consensusParamsSchema.safeParse({ n: 5, f: 1, crashes: [{ process: 1, tick: 3 }, { process: 2, tick: 3 }] }).success).toBe(false);
    expect(consensusParamsSchema.safeParse({ n: 3, inputs: [0, 1] }).success).toBe(false);
    expect(consensusParamsSchema.safeParse({ n: 3, crashes: [{ process: 5, tick: 1 }] }).success).toBe(false);
    expect(consensusParamsSchema.safeParse({ n: 5, f: 2 }).success).toBe(true);
  });
});
