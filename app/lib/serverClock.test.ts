import { afterEach, describe, expect, it } from "vitest";
import { msUntil, noteServerTime, resetServerClock, serverNow } from "./serverClock";

afterEach(resetServerClock);

describe("the server's clock as the page sees it", () => {
  it("counts down to a server time on a device whose clock is minutes off", () => {
    // The device is 5 minutes behind the server.
    noteServerTime(1_000_300_000, 1_000_000_000);
    expect(serverNow(1_000_000_000)).toBe(1_000_300_000);
    const startsAt = 1_000_303_000;
    expect(msUntil(startsAt, 1_000_000_000)).toBe(3000);
    expect(msUntil(startsAt, 1_000_002_500)).toBe(500);
    expect(msUntil(startsAt, 1_000_009_000)).toBe(0);
  });

  it("uses the local clock before any greeting, and ignores a greeting without a time", () => {
    expect(serverNow(42)).toBe(42);
    noteServerTime(Number.NaN, 10);
    expect(serverNow(42)).toBe(42);
  });
});
