import { describe, expect, it } from "vitest";
import { initialConfiguration, type Bit } from "./model";
import { FLP_PROTOCOLS } from "./protocols";
import { bivalentStarts } from "./starts";
import { FLP_PROTOCOL_IDS } from "./terms";
import { ValencyOracle } from "./valency";

describe("the table of bivalent starts", () => {
  it("covers every offered protocol, in menu order", () => {
    expect(FLP_PROTOCOLS.map((p) => p.id)).toEqual([...FLP_PROTOCOL_IDS]);
  });

  it.each(FLP_PROTOCOLS.map((p) => [p.id, p] as const))("%s: lists exactly the initial configurations the oracle finds bivalent", (id, protocol) => {
    const oracle = new ValencyOracle(protocol);
    const all = Array.from({ length: 8 }, (_, x) => [0, 1, 2].map((i) => ((x >> (2 - i)) & 1) as Bit));
    const bivalent = all.filter((inputs) => oracle.valency(initialConfiguration(protocol, inputs)) === "bivalent");
    expect(bivalentStarts(id as (typeof FLP_PROTOCOL_IDS)[number])).toEqual(bivalent);
  });
});
