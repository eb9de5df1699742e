/**
 * Test tiers. `npm test` runs the full tier; `npm run test:quick` sets TEST_TIER=quick, and the
 * big randomised tests then run fewer games, seeds and runs: the same checks on a smaller sample,
 * for day-to-day work. The full tier stays the gate.
 */

/** Whether this run is the quick tier (TEST_TIER=quick). */
export const QUICK_TIER = String(process.env.TEST_TIER ?? "").toLowerCase() === "quick";

/** `full` in the full tier, `quick` in the quick one. */
export function sized(full: number, quick: number): number {
  return QUICK_TIER ? quick : full;
}
