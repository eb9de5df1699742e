/**
 * ISO 8601 weeks in UTC: the leaderboards' weekly period. A week runs Monday 00:00 to the next
 * Monday 00:00 UTC and belongs to the year of its Thursday, so 2021-01-03 is in "2020-W53" and
 * 2024-12-30 in "2025-W01".
 */

const DAY_MS = 86_400_000;

/** The period key of all-time totals, beside the weekly ones. */
export const ALL_TIME = "all";

/** The ISO week of `date` in UTC, as "YYYY-Www" (e.g. "2026-W48"). */
export function isoWeek(date: Date): string {
  const monday = weekStart(date);
  // The Thursday of the week decides its year; week 1 is the one holding the year's first Thursday.
  const thursday = new Date(monday.getTime() + 3 * DAY_MS);
  const year = thursday.getUTCFullYear();
  const firstThursday = firstThursdayOf(year);
  const week = 1 + Math.round((thursday.getTime() - firstThursday.getTime()) / (7 * DAY_MS));
  return `${year}-W${String(week).padStart(2, "0")}`;
}

/** The instants where the ISO week of `date` starts (inclusive) and ends (exclusive). */
export function isoWeekRange(date: Date): { from: Date; to: Date } {
  const from = weekStart(date);
  return { from, to: new Date(from.getTime() + 7 * DAY_MS) };
}

/** Monday 00:00 UTC of the week holding `date`. */
function weekStart(date: Date): Date {
  const midnight = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  const sinceMonday = (new Date(midnight).getUTCDay() + 6) % 7;
  return new Date(midnight - sinceMonday * DAY_MS);
}

function firstThursdayOf(year: number): Date {
  const jan1 = Date.UTC(year, 0, 1);
  const untilThursday = (4 - new Date(jan1).getUTCDay() + 7) % 7;
  return new Date(jan1 + untilThursday * DAY_MS);
}

/** The first instant of an ISO week given as "YYYY-Www", and of the week after, in UTC. */
export function weekRange(period: string): { start: Date; end: Date } {
  const match = /^(\d{4})-W(\d{2})$/.exec(period);
  if (!match) throw new Error(`weekRange: not an ISO week: ${period}`);
  const start = weekStart(new Date(Date.UTC(Number(match[1]), 0, 4))).getTime() + (Number(match[2]) - 1) * 7 * DAY_MS;
  return { start: new Date(start), end: new Date(start + 7 * DAY_MS) };
}
