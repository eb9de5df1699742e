/**
 * Every protocol's claims, checked by exhaustive search over every configuration reachable from
 * every initial configuration of three processes (and the commutativity lemma on the way).
 */
import { describe, expect, it } from "vitest";
import { applicableSteps, applyStep, configurationKey, decidedMask, initialConfiguration, type Configuration, type Step } from "./model";
import { FLP_PROTOCOLS } from "./protocols";
import { exploreAll } from "./explore.testing";

const N = 3;

describe("the protocols' claims, by exhaustive search (n = 3)", () => {
  for (const protocol of FLP_PROTOCOLS) {
    const g = exploreAll(protocol, N);
    const inputsOf = (c: Configuration<unknown, unknown>) => (c.locals as { input: 0 | 1 }[]).map((l) => l.input);

    it(`${protocol.id}: ${protocol.claims.safe ? "never" : "can"} disagree, and never decides a value nobody proposed`, () => {
      const disagreements = g.configurations.filter((c) => decidedMask(protocol, c) === 3);
      expect(disagreements.length > 0).toBe(!protocol.claims.safe);
      for (const c of g.configurations) {
        const inputs = inputsOf(c);
        for (const local of c.locals) {
          const d = protocol.decision(local);
          if (d !== null) expect(inputs).toContain(d);
        }
      }
    });

    it(`${protocol.id}: ${protocol.claims.toleratesOneCrash ? "every" : "not every"} fair run with at most one crash ends with every live process decided`, () => {
      // A run with a crashed process c (or none) is fair when every other process keeps taking
      // steps and gets every message sent to it. Each process sends finitely many messages, so
      // such a run comes to a configuration that no live process's step changes: it is stuck
      // there for good. The claim holds when every such configuration has every live process decided.
      let stuckUndecided = 0;
      g.configurations.forEach((c, i) => {
        for (const crashed of [null, ...c.locals.map((_, p) => p)]) {
          const live = c.locals.map((_, p) => p).filter((p) => p !== crashed);
          const stable = g.successors[i].every((j, k) => g.stepPids[i][k] === crashed || j === i);
          if (stable && live.some((p) => protocol.decision(c.locals[p]) === null)) stuckUndecided++;
        }
      });
      expect(stuckUndecided > 0).toBe(!protocol.claims.toleratesOneCrash);
    });

    it(`${protocol.id}: without a crash, every fair run decides (the configurations no step changes are all decided)`, () => {
      g.configurations.forEach((c, i) => {
        if (g.successors[i].every((j) => j === i)) expect(c.locals.every((l) => protocol.decision(l) !== null), g.keys[i]).toBe(true);
      });
    });
  }

  it("Lemma 2 (commutativity): schedules on disjoint processes applied in either order reach the same configuration", () => {
    for (const protocol of FLP_PROTOCOLS) {
      let c: Configuration<unknown, unknown> = initialConfiguration(protocol, [1, 0, 1]);
      // A few steps in, so that the buffer has messages for everyone.
      for (const pid of [0, 1, 2]) c = applyStep(protocol, c, { pid, message: null });
      const runOf = (from: Configuration<unknown, unknown>, pids: number[], picks: number[]) => {
        let at = from;
        const steps: Step[] = [];
        picks.forEach((pick, i) => {
          const options = applicableSteps(at, [pids[i % pids.length]]);
          const step = options[pick % options.length];
          steps.push(step);
          at = applyStep(protocol, at, step);
        });
        return steps;
      };
      for (let seed = 0; seed < 20; seed++) {
        const s1 = runOf(c, [0], [seed, seed + 1, 1]);
        const s2 = runOf(c, [1, 2], [seed + 2, 1, seed, 0]);
        const apply = (steps: Step[], from: Configuration<unknown, unknown>) => steps.reduce((at, e) => applyStep(protocol, at, e), from);
        expect(configurationKey(apply(s2, apply(s1, c)))).toBe(configurationKey(apply(s1, apply(s2, c))));
      }
    }
  });

  it("refuses a step that is not applicable", () => {
    const protocol = FLP_PROTOCOLS[0];
    const c = initialConfiguration(protocol, [0, 1, 1]);
    expect(() => applyStep(protocol, c, { pid: 0, message: '[1,0,{"kind":"input","value":1}]' })).toThrow(/No such message/);
    expect(() => applyStep(protocol, c, { pid: 3, message: null })).toThrow(/No process/);
  });
});
