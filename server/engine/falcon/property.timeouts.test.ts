/** The other half of property.test.ts: the plain timeouts on the same 10,000 timelines pick their poisons. */
import { describe, expect, it } from "vitest";
import { describeRates, rates } from "./property.testing";

describe("plain end-to-end timeouts on the same 10,000 seeded timelines", () => {
  it("the short timeout declares live instances failed and kills them", () => {
    const r = rates("timeout-short", 10_000);
    console.log(describeRates(r));
    expect(r.gamesFalselySuspecting).toBeGreaterThan(1_000);
    expect(r.gamesKillingLive).toBeGreaterThan(1_000);
  });

  it("the long timeout is slow, and still fooled by long partitions", () => {
    const r = rates("timeout-long", 10_000);
    console.log(describeRates(r));
    expect(r.medianDetectionMs).toBeGreaterThan(5_000);
    expect(r.gamesFalselySuspecting).toBeGreaterThan(0);
  });
});
