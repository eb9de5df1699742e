import { describe, expect, it } from "vitest";
import { isoWeek, isoWeekRange, weekRange } from "./isoWeek";

const at = (iso: string) => new Date(iso);

describe("isoWeek", () => {
  it("names ordinary weeks", () => {
    expect(isoWeek(at("2026-11-23T00:00:00Z"))).toBe("2026-W48"); // a Monday
    expect(isoWeek(at("2026-11-29T23:59:59.999Z"))).toBe("2026-W48"); // its Sunday, last instant
    expect(isoWeek(at("2026-11-30T00:00:00Z"))).toBe("2026-W49");
    expect(isoWeek(at("2026-06-15T12:00:00Z"))).toBe("2026-W25");
  });

  it("gives early January days to the previous year when the week's Thursday is there", () => {
    expect(isoWeek(at("2021-01-03T12:00:00Z"))).toBe("2020-W53"); // Sunday
    expect(isoWeek(at("2021-01-04T00:00:00Z"))).toBe("2021-W01"); // Monday
    expect(isoWeek(at("2020-12-31T23:00:00Z"))).toBe("2020-W53");
    expect(isoWeek(at("2023-01-01T00:00:00Z"))).toBe("2022-W52");
    expect(isoWeek(at("2027-01-01T00:00:00Z"))).toBe("2026-W53"); // a Friday; 2026 has 53 weeks
    expect(isoWeek(at("2027-01-04T00:00:00Z"))).toBe("2027-W01");
  });

  it("gives late December days to the next year when the week's Thursday is there", () => {
    expect(isoWeek(at("2024-12-30T00:00:00Z"))).toBe("2025-W01"); // Monday
    expect(isoWeek(at("2024-12-29T23:59:59Z"))).toBe("2024-W52");
    expect(isoWeek(at("2025-12-29T08:00:00Z"))).toBe("2026-W01");
    expect(isoWeek(at("2026-01-01T00:00:00Z"))).toBe("2026-W01"); // a Thursday
    expect(isoWeek(at("2019-12-30T00:00:00Z"))).toBe("2020-W01");
  });

  it("counts in UTC whatever the local offset of the instant", () => {
    // 23:30 on Sunday in New York is Monday 04:30 UTC: already the next week.
    expect(isoWeek(at("2026-11-29T23:30:00-05:00"))).toBe("2026-W49");
  });

  it("matches a day-by-day count over several years", () => {
    // Independent rule: week number = weeks since the Monday of the week holding 4 January.
    for (let t = Date.UTC(2015, 0, 1); t < Date.UTC(2031, 0, 1); t += 86_400_000) {
      const d = new Date(t);
      const [year, week] = isoWeek(d).split("-W").map(Number);
      const jan4 = Date.UTC(year, 0, 4);
      const week1Monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000;
      expect(Math.floor((t - week1Monday) / (7 * 86_400_000)) + 1, d.toISOString()).toBe(week);
    }
  });
});

describe("isoWeekRange", () => {
  it("runs from Monday midnight to the next Monday, across a year end", () => {
    expect(isoWeekRange(at("2021-01-03T12:00:00Z"))).toEqual({ from: at("2020-12-28T00:00:00Z"), to: at("2021-01-04T00:00:00Z") });
    expect(isoWeekRange(at("2026-11-23T00:00:00Z"))).toEqual({ from: at("2026-11-23T00:00:00Z"), to: at("2026-11-30T00:00:00Z") });
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
