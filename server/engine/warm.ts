/**
 * Runs every scenario's `warm` work once per process, one short slice at a time (about
 * `sliceMs`) with the event loop free between slices (setImmediate): games and pages started
 * meanwhile are served between two slices, never after the whole of it.
 */
import type { AnyScenario } from "./scenario";

export interface WarmResult {
  /** Slices run, over every scenario. */
  slices: number;
  /** The longest slice, in ms: how long a request could have waited behind the warming. */
  longestMs: number;
  ms: number;
  /** True when `shouldStop` cut it short. */
  stopped: boolean;
}

/** About how long one slice runs before the event loop gets a turn. */
export const WARM_SLICE_MS = 5;

const warmed = new WeakSet<AnyScenario>();

/** Warms each scenario not warmed yet in this process; settles when done or stopped. */
export async function warmScenarios(
  scenarios: readonly AnyScenario[],
  {
    shouldStop = () => false,
    yieldNow = () => new Promise<void>((resolve) => setImmediate(resolve)),
    sliceMs = WARM_SLICE_MS,
  }: { shouldStop?: () => boolean; yieldNow?: () => Promise<void>; sliceMs?: number } = {},
): Promise<WarmResult> {
  const started = performance.now();
  let slices = 0;
  let longestMs = 0;
  for (const scenario of scenarios) {
    if (!scenario.warm || warmed.has(scenario)) continue;
    warmed.add(scenario);
    let sliceStart = 0;
    const work = scenario.warm(() => performance.now() - sliceStart >= sliceMs);
    for (;;) {
      await yieldNow();
      if (shouldStop()) {
        warmed.delete(scenario); // a later server in this process may finish it
        return { slices, longestMs, ms: performance.now() - started, stopped: true };
      }
      sliceStart = performance.now();
      const step = work.next();
      longestMs = Math.max(longestMs, performance.now() - sliceStart);
      if (step.done) break;
      slices++;
    }
  }
  return { slices, longestMs, ms: performance.now() - started, stopped: false };
}
