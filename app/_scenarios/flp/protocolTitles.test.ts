/** The browser's copy of the protocol titles is the engine's. */
import { describe, expect, it } from "vitest";
import { FLP_PROTOCOLS } from "@/server/engine/flp/protocols";
import { FLP_PROTOCOL_TITLES } from "./protocolTitles";

describe("FLP protocol titles on the class and replay screens", () => {
  it("are the engine's, for every protocol on the menu", () => {
    expect(Object.fromEntries(FLP_PROTOCOLS.map((p) => [p.id, p.title]))).toEqual(FLP_PROTOCOL_TITLES);
  });
});
