/** Challenge leaderboard periods: "all", or the ISO 8601 week (UTC) of a moment, like "2026-W48". */

export const ALL_TIME = "all";

/** The ISO week of `date` in UTC: weeks start on Monday; week 1 holds the year's first Thursday. */
export function isoWeek(date: Date): string {
  const day = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  const weekday = (new Date(day).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const thursday = new Date(day + (3 - weekday) * 86_400_000);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000));
  return `${year}-W${String(week).padStart(2, "0")}`;
}

/** The first instant of an ISO week ("2026-W48") and of the week after, in UTC. */
export function weekRange(period: string): { start: Date; end: Date } {
  const match = /^(\d{4})-W(\d{2})$/.exec(period);
  if (!match) throw new Error(`weekRange: not an ISO week: ${period}`);
  const year = Number(match[1]);
  const jan4 = Date.UTC(year, 0, 4); // always in week 1
  const mondayOfWeek1 = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000;
  const start = mondayOfWeek1 + (Number(match[2]) - 1) * 7 * 86_400_000;
  return { start: new Date(start), end: new Date(start + 7 * 86_400_000) };
}
