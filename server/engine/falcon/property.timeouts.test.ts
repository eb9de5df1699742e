/**
 * The other half of property.test.ts: the plain timeouts on the first TIMELINES of the same
 * seeded timelines pick their poisons. 3,000 by default, to keep the pair of files under ~20 s
 * on two cores; FALCON_TIMELINES=10000 runs all of them (the README's figures).
 */
import { describe, expect, it } from "vitest";
import { describeRates, rates } from "./property.testing";

const TIMELINES = Number(process.env.FALCON_TIMELINES ?? 3_000);

describe(`plain end-to-end timeouts on the first ${TIMELINES} of the same seeded timelines`, () => {
  it("the short timeout declares live instances failed and kills them", () => {
    const r = rates("timeout-short", TIMELINES);
    console.log(describeRates(r));
    expect(r.gamesFalselySuspecting).toBeGreaterThan(TIMELINES / 2);
    expect(r.gamesKillingLive).toBeGreaterThan(TIMELINES / 2);
  });

  it("the long timeout is slow, and still fooled by long partitions", () => {
    const r = rates("timeout-long", TIMELINES);
    console.log(describeRates(r));
    expect(r.medianDetectionMs).toBeGreaterThan(5_000);
    expect(r.gamesFalselySuspecting).toBeGreaterThan(0);
  });
});
