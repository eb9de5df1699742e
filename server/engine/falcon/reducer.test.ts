import { describe, expect, it } from "vitest";
import { reduceFalcon } from "./reducer";
import { metricsOf } from "./scoring";
import { act, chaos, game, op, until } from "./testing";
import { LAYERS, type FalconEvent, type FaultKind, type Layer, type SpyAnswer } from "./types";
import { operatorView } from "./views";

const code = (r: ReturnType<typeof reduceFalcon>) => (r.ok ? "ok" : r.error.code);

describe("the model", () => {
  it("sends a heartbeat every period; they reach the monitor in arrival order, numbered by the app", () => {
    const events: FalconEvent[] = [];
    const s = until(game(), 5_000, events);
    const sent = events.filter((e) => e.type === "heartbeat");
    expect(sent.map((e) => e.atMs)).toEqual([500, 1000, 1500, 2000, 2500, 3000, 3500, 4000, 4500]);
    expect(s.operator.heartbeatsReceived).toBeGreaterThanOrEqual(8);
    const seen = s.operator.heartbeats;
    expect(seen.map((h) => h.arrivedAtMs)).toEqual([...seen.map((h) => h.arrivedAtMs)].sort((a, b) => a - b));
    for (const h of seen) expect(h.arrivedAtMs - h.sentAtMs).toBeGreaterThanOrEqual(5);
  });

  it("is deterministic: the same seed and inputs give the same events", () => {
    const run = () => {
      const events: FalconEvent[] = [];
      let s = until(game({}, [{ atMs: 2_000, kind: "slow", durationMs: 1_500 }]), 3_000, events);
      s = act(s, op({ type: "query", layer: "app" })).state;
      until(s, 6_000, events);
      return JSON.stringify(events);
    };
    expect(run()).toBe(run());
  });

  const expected: Record<FaultKind, Record<Layer, SpyAnswer>> = {
    crash: { switch: "up", vm: "up", os: "up", app: "down" },
    hang: { switch: "up", vm: "up", os: "up", app: "hung" },
    panic: { switch: "up", vm: "up", os: "down", app: "cant-tell" },
    vmStop: { switch: "up", vm: "down", os: "cant-tell", app: "cant-tell" },
    partition: { switch: "partitioned", vm: "cant-tell", os: "cant-tell", app: "cant-tell" },
    slow: { switch: "up", vm: "up", os: "up", app: "up" },
  };
  for (const [kind, answers] of Object.entries(expected) as [FaultKind, Record<Layer, SpyAnswer>][]) {
    it(`each spy's answer under a ${kind}: lower spies tell why a higher one cannot`, () => {
      const fault = kind === "partition" || kind === "slow" ? { atMs: 1_000, kind, durationMs: 3_000 } : { atMs: 1_000, kind };
      let s = until(game({}, [fault]), 1_500);
      for (const layer of LAYERS) s = act(s, op({ type: "query", layer })).state;
      s = until(s, 2_500);
      const got = Object.fromEntries(s.operator.answers.map((a) => [a.layer, a.answer]));
      expect(got).toEqual(answers);
    });
  }

  it("a partition loses heartbeats (the app's numbers show the gap after it heals)", () => {
    const events: FalconEvent[] = [];
    const s = until(game({}, [{ atMs: 2_000, kind: "partition", durationMs: 2_000 }]), 6_000, events);
    const lost = events.filter((e) => e.type === "heartbeat" && e.arriveAtMs === null);
    expect(lost.map((e) => e.atMs)).toEqual([2000, 2500, 3000, 3500]);
    const seqs = s.operator.heartbeats.map((h) => h.seq);
    expect(seqs).toContain(3);
    expect(seqs).not.toContain(4);
    expect(seqs).toContain(8);
  });

  it("a slow app holds its heartbeat back and sends it late when the pause ends", () => {
    const events: FalconEvent[] = [];
    until(game({}, [{ atMs: 2_100, kind: "slow", durationMs: 2_000 }]), 6_000, events);
    const late = events.find((e) => e.type === "heartbeat" && e.atMs === 4_100);
    expect(late).toMatchObject({ seq: 5 }); // 1–4 went at 500…2000 ms
    const arrival = events.find((e) => e.type === "arrive" && e.seq === 5);
    expect(arrival).toMatchObject({ sentAtMs: 2_500 });
  });

  it("the e2e timeout fires once nothing has arrived for timeoutMs, and trusts again at the next heartbeat", () => {
    const events: FalconEvent[] = [];
    const s = until(game({ timeoutMs: 1_000 }, [{ atMs: 2_000, kind: "slow", durationMs: 3_000 }]), 7_000, events);
    expect(events.filter((e) => e.type === "suspect")).toHaveLength(1);
    expect(events.filter((e) => e.type === "trust")).toHaveLength(1);
    expect(s.ledger.timeoutSuspicions).toBe(1);
  });
});

describe("the operator's moves, scored against the truth", () => {
  it("declaring a crashed instance fails it over: detection time counted, a fresh instance sends", () => {
    let s = until(game({}, [{ atMs: 2_000, kind: "crash" }]), 3_200);
    const d = act(s, op({ type: "declare" }));
    expect(d.events[0]).toMatchObject({ type: "declare", falseSuspicion: false, fault: 0, detectionMs: 1_200 });
    s = until(d.state, 5_000);
    expect(s.truth).toMatchObject({ incarnation: 2, failure: null });
    expect(s.operator.heartbeats.at(-1)!.incarnation).toBe(2);
    expect(metricsOf(s.ledger)).toMatchObject({ failures: 1, detected: 1, detectionMs: [1_200], falseSuspicions: 0, poisons: [] });
  });

  it("declaring a live (slow) instance is a false suspicion; killing it is an unnecessary kill", () => {
    let s = until(game({}, [{ atMs: 2_000, kind: "slow", durationMs: 4_000 }]), 3_500);
    s = act(s, op({ type: "kill", layer: "vm" })).state;
    s = act(s, op({ type: "declare" })).state;
    const m = metricsOf(s.ledger);
    expect(m).toMatchObject({ falseSuspicions: 1, unnecessaryKills: 1 });
    expect(m.poisons).toEqual(["lost accuracy", "intrusive"]);
  });

  it("a kill needs its path: the app cannot be signalled through a partition, the VM can be powered off", () => {
    let s = until(game({}, [{ atMs: 1_000, kind: "partition", durationMs: 5_000 }]), 2_000);
    s = act(s, op({ type: "kill", layer: "app" })).state;
    expect(s.truth.killed).toBeNull();
    s = act(s, op({ type: "kill", layer: "vm" })).state;
    expect(s.truth.killed).toMatchObject({ layer: "vm" });
    s = until(s, 3_000);
    expect(s.operator.answers.map((a) => [a.layer, a.answer]).sort()).toEqual([
      ["app", "cant-tell"],
      ["vm", "killed"],
    ]);
  });

  it("killing a hung app is necessary and the smallest; powering its VM off is oversized", () => {
    let s = until(game({}, [{ atMs: 1_000, kind: "hang" }]), 2_000);
    s = act(s, op({ type: "kill", layer: "app" })).state;
    s = act(s, op({ type: "kill", layer: "vm" })).state;
    expect(s.ledger.kills.map((k) => [k.layer, k.unnecessary, k.oversized])).toEqual([
      ["app", false, false],
      ["vm", false, true],
    ]);
  });

  it("spies cost resources; the operator's view shows its requests and answers, never the truth", () => {
    let s = until(game(), 1_000);
    s = act(s, op({ type: "query", layer: "app" })).state;
    s = act(s, op({ type: "query", layer: "switch" })).state;
    expect(s.ledger.spyCost).toBe(4);
    const v = operatorView(s);
    expect(v.pending.map((p) => p.layer)).toEqual(["app", "switch"]);
    expect(JSON.stringify(v)).not.toMatch(/answerAtMs|truth|timeline|Rng|netSeed/);
  });

  it("a game ends at its length, with the outcome its worst poison", () => {
    const events: FalconEvent[] = [];
    const s = until(game({ lengthMs: 5_000, horizonMs: 4_000 }, [{ atMs: 1_000, kind: "crash" }]), 10_000, events);
    expect(s.phase).toBe("finished");
    expect(s.tick).toBe(50);
    expect(events.at(-1)).toMatchObject({ type: "end", outcome: "slow" });
    expect(metricsOf(s.ledger).missed).toBe(1);
  });
});

describe("refusals", () => {
  const s0 = until(game(), 1_000);

  it("GAME_OVER after the end; NOT_YOUR_SEAT for the other seat's moves", () => {
    const over = until(game({ lengthMs: 5_000, horizonMs: 0 }), 5_000);
    expect(code(reduceFalcon(over, { type: "tick" }))).toBe("GAME_OVER");
    expect(code(reduceFalcon(over, op({ type: "wait" })))).toBe("GAME_OVER");
    expect(code(reduceFalcon(s0, chaos({ type: "query", layer: "app" })))).toBe("NOT_YOUR_SEAT");
    expect(code(reduceFalcon(s0, chaos({ type: "declare" })))).toBe("NOT_YOUR_SEAT");
    expect(code(reduceFalcon(s0, op({ type: "inject", kind: "crash" })))).toBe("NOT_YOUR_SEAT");
  });

  it("setTimeout: NOT_ALLOWED off the tick grid or out of range", () => {
    for (const timeoutMs of [50, 150, 70_000, 1.5]) expect(code(reduceFalcon(s0, op({ type: "setTimeout", timeoutMs })))).toBe("NOT_ALLOWED");
    expect(code(reduceFalcon(s0, op({ type: "setTimeout", timeoutMs: 3_000 })))).toBe("ok");
  });

  it("query: NO_SPY where none is deployed, SPY_BUSY until the last answer", () => {
    const few = until(game({ spies: ["switch", "vm"] }), 1_000);
    expect(code(reduceFalcon(few, op({ type: "query", layer: "app" })))).toBe("NO_SPY");
    const asked = act(s0, op({ type: "query", layer: "os" })).state;
    expect(code(reduceFalcon(asked, op({ type: "query", layer: "os" })))).toBe("SPY_BUSY");
    expect(code(reduceFalcon(asked, op({ type: "query", layer: "vm" })))).toBe("ok");
    expect(code(reduceFalcon(until(asked, 2_000), op({ type: "query", layer: "os" })))).toBe("ok");
  });

  it("kill: SPY_BUSY until the last kill of that layer is confirmed (a kill needs no spy)", () => {
    const few = until(game({ spies: [] }), 1_000);
    const killed = act(few, op({ type: "kill", layer: "app" })).state;
    expect(code(reduceFalcon(killed, op({ type: "kill", layer: "app" })))).toBe("SPY_BUSY");
    expect(code(reduceFalcon(killed, op({ type: "kill", layer: "os" })))).toBe("ok");
  });

  it("declare: TOO_SOON for the instance that has just taken over", () => {
    const declared = act(s0, op({ type: "declare" })).state;
    expect(code(reduceFalcon(declared, op({ type: "declare" })))).toBe("TOO_SOON");
    expect(code(reduceFalcon(until(declared, 1_100), op({ type: "declare" })))).toBe("ok");
    expect(code(reduceFalcon(game(), op({ type: "declare" })))).toBe("ok"); // the first instance at time 0: a (false) declaration
  });

  it("inject: NOT_ALLOWED in a seeded game or with a wrong duration; FAULT_NOT_ALLOWED, NO_BUDGET_LEFT, PAST_HORIZON, FAULT_ACTIVE", () => {
    expect(code(reduceFalcon(s0, chaos({ type: "inject", kind: "crash" })))).toBe("NOT_ALLOWED");
    const c = until(game({ chaosPlays: true, kinds: ["crash", "slow"], budget: 2, horizonMs: 5_000, maxPauseMs: 2_000 }), 1_000);
    expect(code(reduceFalcon(c, chaos({ type: "inject", kind: "panic" })))).toBe("FAULT_NOT_ALLOWED");
    expect(code(reduceFalcon(c, chaos({ type: "inject", kind: "crash", durationMs: 1_000 })))).toBe("NOT_ALLOWED");
    expect(code(reduceFalcon(c, chaos({ type: "inject", kind: "slow" })))).toBe("NOT_ALLOWED");
    expect(code(reduceFalcon(c, chaos({ type: "inject", kind: "slow", durationMs: 2_500 })))).toBe("NOT_ALLOWED");
    let s = act(c, chaos({ type: "inject", kind: "slow", durationMs: 2_000 })).state;
    expect(code(reduceFalcon(s, chaos({ type: "inject", kind: "slow", durationMs: 1_000 })))).toBe("FAULT_ACTIVE");
    s = act(s, chaos({ type: "inject", kind: "crash" })).state;
    expect(s.chaos.budgetLeft).toBe(0);
    expect(code(reduceFalcon(s, chaos({ type: "inject", kind: "crash" })))).toBe("NO_BUDGET_LEFT");
    const late = until(game({ chaosPlays: true, horizonMs: 2_000 }), 2_000);
    expect(code(reduceFalcon(late, chaos({ type: "inject", kind: "crash" })))).toBe("PAST_HORIZON");
    const failed = act(until(game({ chaosPlays: true }), 1_000), chaos({ type: "inject", kind: "crash" })).state;
    expect(code(reduceFalcon(failed, chaos({ type: "inject", kind: "hang" })))).toBe("FAULT_ACTIVE");
    const over = act(failed, op({ type: "declare" })).state;
    expect(code(reduceFalcon(over, chaos({ type: "inject", kind: "hang" })))).toBe("ok"); // a new instance after the (public) failover
  });
});
