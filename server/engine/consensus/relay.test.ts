/** The weak→strong completeness layer: relayed suspect lists, the output they build, and what it changes. */
import { describe, expect, it } from "vitest";
import { GameRecord } from "../record";
import { simulate } from "../simulate";
import { checkRun, historyFromEvents, historyFromState, weakBlockReason } from "./checker";
import { consensus } from "./index";
import { consensusParamsSchema, relayPeriod, type ConsensusParamsInput } from "./params";
import type { ConsensusAction, ConsensusState, Message } from "./types";
import type { AdversaryView, ProcessView } from "./view";

const params = (input: ConsensusParamsInput) => consensusParamsSchema.parse(input);
const bots = (p: ReturnType<typeof params>) => Object.fromEntries(consensus.seats(p).map((seat) => [seat, seat === "adversary" ? "random" : "protocol"]));

describe("the strongCompleteness parameter", () => {
  it("is on by default for W and ◇W, absent for the other classes, and refused where completeness is strong already", () => {
    expect(params({ detector: "W" }).strongCompleteness).toBe(true);
    expect(params({ detector: "EW" }).strongCompleteness).toBe(true);
    expect(params({ detector: "EW", strongCompleteness: false }).strongCompleteness).toBe(false);
    for (const detector of ["P", "EP", "S", "ES"] as const) {
      expect("strongCompleteness" in params({ detector })).toBe(false);
      expect(params({ detector, strongCompleteness: false }).strongCompleteness).toBe(false);
      expect(consensusParamsSchema.safeParse({ detector, strongCompleteness: true }).success).toBe(false);
    }
    expect(consensusParamsSchema.safeParse({ detector: "W", strongCompleteness: "yes" }).success).toBe(false);
  });
});

describe("a crashed coordinator that only one process suspects", () => {
  // n = 3, W, p2 (round 1's coordinator) crashes at tick 1; the seeded detector makes no mistakes,
  // so only the protected process must notice. Without the layer the other waits for p2 forever.
  const run = (detector: "W" | "EW", strongCompleteness: boolean, seed: number) => {
    const p = params({ n: 3, detector, strongCompleteness, crashes: [{ process: 2, tick: 1 }], mistakeRate: 0, gst: 3, maxTicks: 80 });
    return simulate<ConsensusState>({ scenario: consensus, params: p, seed, strategies: bots(p) });
  };

  it("blocks without the layer, and the verdict says why", () => {
    for (let seed = 0; seed < 20; seed++) {
      for (const detector of ["W", "EW"] as const) {
        const game = run(detector, false, seed);
        const verdict = checkRun(historyFromState(game.state), detector);
        expect(game.state.outcome, `seed ${seed}`).toBe("undecided");
        expect(verdict.termination.why).toBe(weakBlockReason(detector));
        expect(verdict.detector).toMatchObject({ ok: true, strongCompleteness: false });
        expect(verdict.relayed).toBeNull();
        expect(game.events.some((e) => e.type === "send" && (e.payload as Message).kind === "suspicions")).toBe(false);
      }
    }
  });

  it("decides with the layer: the relayed output suspects the crash everywhere and keeps the stronger class", () => {
    for (let seed = 0; seed < 20; seed++) {
      for (const detector of ["W", "EW"] as const) {
        const game = run(detector, true, seed);
        const verdict = checkRun(historyFromState(game.state), detector);
        expect(game.state.outcome, `seed ${seed}`).toBe("decided");
        expect(verdict.termination.why).toBeNull();
        expect(verdict.detector.ok).toBe(true);
        expect(verdict.relayed).toMatchObject({ announced: detector === "W" ? "S" : "ES", ok: true });
        // Every live process's output names p2 by the end (it took more than its own module).
        for (const p of game.state.procs) if (p.crashedAt === null) expect(p.output).toContain(2);
        expect(checkRun(historyFromEvents(game.params as never, game.state.procs.map((p) => p.input), game.traceEvents()), detector)).toEqual(verdict);
      }
    }
  });
});

describe("relayed lists in the trace", () => {
  it("are messages every Δ ticks from every live process to every other, and each output change follows the deliver that caused it", () => {
    const p = params({ n: 4, detector: "EW", gst: 6, maxDelay: 2, f: 1, adversary: "bot" });
    const game = simulate<ConsensusState>({ scenario: consensus, params: p, seed: 11, strategies: bots(p) });
    const events = game.traceEvents();
    const sends = events.filter((e) => e.type === "send" && (e.payload as Message).kind === "suspicions");
    const crashed = new Map(events.filter((e) => e.type === "crash").map((e) => [e.process as number, e.tick]));
    for (let tick = relayPeriod(p); tick <= game.state.tick; tick += relayPeriod(p)) {
      const live = [1, 2, 3, 4].filter((q) => !crashed.has(q) || (crashed.get(q) as number) > tick);
      expect(sends.filter((e) => e.tick === tick).length, `tick ${tick}`).toBe(live.length * 3);
    }
    expect(sends.every((e) => e.tick % relayPeriod(p) === 0 && e.from !== e.to)).toBe(true);
    const sentBy = new Map(events.filter((e) => e.type === "send").map((e) => [e.messageId as number, e]));
    let fromLists = 0;
    events.forEach((e, i) => {
      if (e.type !== "output-suspect" && e.type !== "output-unsuspect") return;
      if (e.from === e.process) return; // its own list, joined as it relays
      // Back to the deliver at this process, skipping the other changes the same list made.
      let j = i - 1;
      while (events[j].type === "output-suspect" || events[j].type === "output-unsuspect") j--;
      const cause = events[j];
      expect(cause.type, `event ${e.seq}`).toBe("deliver");
      const list = sentBy.get(cause.messageId as number)!;
      expect([list.from, cause.to, (list.payload as Message).kind]).toEqual([e.from, e.process, "suspicions"]);
      fromLists++;
    });
    expect(fromLists).toBeGreaterThan(0);
  });

  it("can be delayed by the adversary within the model, and a process NACKs on what it heard", () => {
    // n = 3, ◇W, GST far: the adversary makes p3 suspect p2; p1 hears it through p3's list and may NACK p2.
    const p = params({ n: 3, detector: "EW", gst: 50, maxDelay: 2, mistakeRate: 0, adversary: "human", maxTicks: 100 });
    const record = new GameRecord<ConsensusState, ConsensusAction>(consensus, p, 9);
    const ok = (a: ConsensusAction) => expect(record.apply(a)).toMatchObject({ ok: true });
    // Before GST a ◇W module may wrongly suspect anyone, the protected process included.
    const [watcher, target, listener] = [3, 2, 1];
    ok({ type: "opinion", seat: `p${listener}` });
    ok({ type: "suspect", seat: "adversary", process: watcher, target });
    expect((consensus.view(record.state, `p${listener}`) as ProcessView).can.nack).toBe(false);
    while (!record.state.inFlight.some((m) => m.payload.kind === "suspicions" && m.from === watcher && m.to === listener)) ok({ type: "tick" });
    const list = record.state.inFlight.find((m) => m.payload.kind === "suspicions" && m.from === watcher && m.to === listener)!;
    expect(list.payload).toEqual({ kind: "suspicions", suspects: [target] });
    const adversary = consensus.view(record.state, "adversary") as AdversaryView;
    expect(adversary.inFlight.find((m) => m.id === list.id)?.payload.kind).toBe("suspicions");
    ok({ type: "delay", seat: "adversary", messageId: list.id });
    while (record.state.inFlight.some((m) => m.id === list.id)) ok({ type: "tick" });
    const view = consensus.view(record.state, `p${listener}`) as ProcessView;
    expect(view.relay?.heard.find((h) => h.from === watcher)).toEqual({ from: watcher, suspects: [target], at: record.state.tick });
    expect(view.suspects).toContain(target);
    expect(view.relay?.module).not.toContain(target); // its own module never suspected p2
    expect(view.can.nack).toBe(true);
  });
});
