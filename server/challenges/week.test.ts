import { describe, expect, it } from "vitest";
import { isoWeek, weekRange } from "./week";

describe("isoWeek", () => {
  it.each([
    ["2026-11-23T08:00:00Z", "2026-W48"], // a Monday
    ["2026-11-29T23:59:59Z", "2026-W48"], // the Sunday after
    ["2026-11-30T00:00:00Z", "2026-W49"],
    ["2021-01-03T12:00:00Z", "2020-W53"], // early January can belong to the year before
    ["2024-12-30T00:00:00Z", "2025-W01"], // late December can belong to the year after
    ["2026-01-01T00:00:00Z", "2026-W01"], // a Thursday
  ])("%s is in %s", (iso, week) => {
    expect(isoWeek(new Date(iso))).toBe(week);
  });

  it("reads UTC, not the local day", () => {
    // 23:30 on a Sunday in UTC is already Monday in UTC+1; the week is the UTC one.
    expect(isoWeek(new Date("2026-11-29T23:30:00Z"))).toBe("2026-W48");
  });
});

describe("weekRange", () => {
  it("starts on the Monday and lasts seven days", () => {
    const { start, end } = weekRange("2026-W48");
    expect(start.toISOString()).toBe("2026-11-23T00:00:00.000Z");
    expect(end.toISOString()).toBe("2026-11-30T00:00:00.000Z");
  });

  it("round-trips with isoWeek at both ends of a week", () => {
    for (const week of ["2020-W53", "2025-W01", "2026-W10"]) {
      const { start, end } = weekRange(week);
      expect(isoWeek(start)).toBe(week);
      expect(isoWeek(new Date(end.getTime() - 1))).toBe(week);
    }
  });

  it("refuses what is not a week", () => {
    expect(() => weekRange("all")).toThrow();
  });
});
