/** How a class is spread over games: pure, so the host's screen can say it before the round (grouping.ts seats it). */

/**
 * How many students each game gets: `ceil(students / seatsPerGroup)` games, sizes differing by
 * one at most, larger games first. Pure: the host's screen uses it to say how the class will sit.
 */
export function groupSizes(students: number, seatsPerGroup: number): number[] {
  if (students <= 0) return [];
  const seats = Math.max(1, Math.floor(seatsPerGroup));
  const count = Math.ceil(students / seats);
  const base = Math.floor(students / count);
  const extra = students % count;
  return Array.from({ length: count }, (_, i) => base + (i < extra ? 1 : 0));
}
