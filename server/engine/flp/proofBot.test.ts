import { describe, expect, it } from "vitest";
import { applyStep, initialConfiguration, lemmaOneInputs, type Bit, type Protocol } from "./model";
import { advanceClock, fairnessRefusal, obligations, overdue, startClock } from "./fairness";
import { proofBotChoice } from "./proofBot";
import { majorityLock, waitForNMinusOne } from "./protocols";
import { ValencyOracle } from "./valency";

const BOUND = 8;

/** The bot scheduling `steps` steps from I with these inputs; every step checked against the fairness rule. */
function run<Local, Body>(protocol: Protocol<Local, Body>, inputs: Bit[], steps: number, crashAllowed: boolean) {
  const oracle = new ValencyOracle(protocol);
  let config = initialConfiguration(protocol, inputs);
  let clock = startClock(inputs.length);
  const valencies: string[] = [];
  let worstAge = 0;
  while (clock.steps < steps) {
    const choice = proofBotChoice(protocol, oracle, config, clock, { bound: BOUND, crashAllowed });
    if (choice.kind === "crash") {
      expect(clock.crashed).toBeNull();
      clock = { ...clock, crashed: choice.pid };
      continue;
    }
    expect(fairnessRefusal(config, clock, BOUND, choice.step)).toBeNull();
    config = applyStep(protocol, config, choice.step);
    clock = advanceClock(clock, choice.step, config);
    valencies.push(oracle.valency(config));
    for (const o of obligations(config, clock)) worstAge = Math.max(worstAge, clock.steps - o.since);
  }
  return { valencies, clock, worstAge, config };
}

describe("the proof's adversary bot", () => {
  it("keeps majority lock bivalent for 1,000 fair steps from I_1, with its one crash", () => {
    const { valencies, clock, worstAge } = run(majorityLock, lemmaOneInputs(3, 1), 1000, true);
    expect(valencies.every((v) => v === "bivalent")).toBe(true);
    expect(clock.crashed).not.toBeNull();
    // Fair: no live process and no message for one waited much past the bound.
    expect(worstAge).toBeLessThanOrEqual(BOUND + 3 * 4);
  });

  it("without its crash it cannot: majority lock decides within 60 fair crash-free steps (it is not a counterexample to FLP: it does not tolerate a crash)", () => {
    const { config } = run(majorityLock, lemmaOneInputs(3, 1), 60, false);
    expect(config.locals.every((l) => majorityLock.decision(l) !== null)).toBe(true);
  });

  it("cannot keep wait-for-n − 1 from deciding: within 30 fair steps every live process has decided", () => {
    const { clock, config } = run(waitForNMinusOne, lemmaOneInputs(3, 2), 30, true);
    const live = config.locals.filter((_, p) => p !== clock.crashed);
    expect(live.every((l) => waitForNMinusOne.decision(l) !== null)).toBe(true);
  });

  it("the fairness rule: once an obligation is overdue, only a step that serves the oldest one is taken", () => {
    const protocol = majorityLock;
    let config = initialConfiguration(protocol, [0, 1, 1]);
    let clock = startClock(3);
    // p1 takes every step: after BOUND steps p2 is overdue, and a step of p1 is refused with a reason.
    for (let i = 0; i < BOUND; i++) {
      const step = { pid: 0, message: null };
      expect(fairnessRefusal(config, clock, BOUND, step)).toBeNull();
      config = applyStep(protocol, config, step);
      clock = advanceClock(clock, step, config);
    }
    expect(overdue(config, clock, BOUND)).toMatchObject({ kind: "step", pid: 1 });
    expect(fairnessRefusal(config, clock, BOUND, { pid: 0, message: null })).toMatch(/p2 has not taken a step for 8 steps/);
    expect(fairnessRefusal(config, clock, BOUND, { pid: 1, message: null })).toBeNull();
    // A crashed process takes no steps, and nothing is owed to it.
    const crashed = { ...clock, crashed: 1 };
    expect(fairnessRefusal(config, crashed, BOUND, { pid: 1, message: null })).toMatch(/crashed/);
    expect(obligations(config, crashed).every((o) => o.pid !== 1)).toBe(true);
  });
});
