/**
 * ISO 8601 weeks in UTC: the leaderboards' weekly period. A week runs Monday 00:00 to the next
 * Monday 00:00 UTC and belongs to the year of its Thursday, so 2021-01-03 is in "2020-W53" and
 * 2024-12-30 in "2025-W01".
 */

const DAY_MS = 86_400_000;

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
