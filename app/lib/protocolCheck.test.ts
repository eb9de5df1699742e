import { afterEach, describe, expect, it, vi } from "vitest";
import { PROTOCOL_VERSION } from "@/server/protocol/events";
import { acceptHello, isMismatchRefusal, isOutdated, resetProtocolCheck, subscribeOutdated } from "./protocolCheck";

afterEach(resetProtocolCheck);

describe("the page's protocol check", () => {
  it("accepts a greeting of the page's own version and stays quiet", () => {
    const told = vi.fn();
    subscribeOutdated(told);
    expect(acceptHello({ protocolVersion: PROTOCOL_VERSION, serverTime: 0 })).toBe(true);
    expect(isOutdated()).toBe(false);
    expect(told).not.toHaveBeenCalled();
  });

  it.each([
    ["a newer server", { protocolVersion: PROTOCOL_VERSION + 1, serverTime: 0 }],
    ["a greeting without a version", {}],
  ])("marks the page out of date on %s, and tells each listener once", (_what, hello) => {
    const told = vi.fn();
    subscribeOutdated(told);
    expect(acceptHello(hello)).toBe(false);
    expect(acceptHello(hello)).toBe(false);
    expect(isOutdated()).toBe(true);
    expect(told).toHaveBeenCalledTimes(1);
  });

  it("marks the page out of date on a PROTOCOL_MISMATCH refusal, not on other refusals", () => {
    expect(isMismatchRefusal({ message: "TOO_MANY_CONNECTIONS", data: { code: "TOO_MANY_CONNECTIONS" } })).toBe(false);
    expect(isMismatchRefusal({ message: "ORIGIN_REFUSED" })).toBe(false);
    expect(isOutdated()).toBe(false);
    expect(isMismatchRefusal({ message: "PROTOCOL_MISMATCH", data: { code: "PROTOCOL_MISMATCH", message: "…" } })).toBe(true);
    expect(isOutdated()).toBe(true);
  });

  it("stops telling a listener that unsubscribed", () => {
    const told = vi.fn();
    subscribeOutdated(told)();
    acceptHello({ protocolVersion: PROTOCOL_VERSION - 1 });
    expect(told).not.toHaveBeenCalled();
  });
});
