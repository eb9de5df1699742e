import { describe, expect, it } from "vitest";
import type { AnyScenario } from "./scenario";
import { warmScenarios } from "./warm";

/** A scenario whose warm work is `slices` slices, each noted in `log` (its own pause is never asked). */
function fake(name: string, slices: number, log: string[]): AnyScenario {
  return {
    warm: function* () {
      for (let i = 0; i < slices; i++) {
        log.push(`${name}${i}`);
        yield;
      }
      log.push(`${name} done`);
    },
  } as unknown as AnyScenario;
}

describe("warmScenarios", () => {
  it("runs each scenario's slices with the event loop free between them, once per process", async () => {
    const log: string[] = [];
    const a = fake("a", 3, log);
    const b = fake("b", 1, log);
    const other = setImmediate(() => log.push("request"));
    const result = await warmScenarios([a, { } as AnyScenario, b]);
    clearImmediate(other);
    expect(result).toMatchObject({ slices: 4, stopped: false });
    // Other work got its turn before the first slice ended the warming.
    expect(log.indexOf("request")).toBeGreaterThanOrEqual(0);
    expect(log.indexOf("request")).toBeLessThan(log.indexOf("a done"));
    expect(log.filter((l) => l !== "request")).toEqual(["a0", "a1", "a2", "a done", "b0", "b done"]);
    // Warmed already in this process: nothing to do.
    expect(await warmScenarios([a, b])).toMatchObject({ slices: 0 });
  });

  it("stops between two slices when told, and a later call finishes it", async () => {
    const log: string[] = [];
    const a = fake("c", 5, log);
    let stop = false;
    const first = warmScenarios([a], { shouldStop: () => stop, yieldNow: async () => void (log.length >= 2 && (stop = true)) });
    expect(await first).toMatchObject({ stopped: true });
    expect(log).toEqual(["c0", "c1"]);
    expect(await warmScenarios([a])).toMatchObject({ slices: 5, stopped: false });
  });

  it("asks for a pause once a slice has run its time", async () => {
    const paused: boolean[] = [];
    const slow = {
      warm: function* (pause: () => boolean) {
        paused.push(pause());
        const until = performance.now() + 3;
        while (performance.now() < until);
        paused.push(pause());
        yield;
      },
    } as unknown as AnyScenario;
    await warmScenarios([slow], { sliceMs: 2 });
    expect(paused).toEqual([false, true]);
  });
});
