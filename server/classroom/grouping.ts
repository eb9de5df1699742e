/**
 * Putting a round's students into games: shuffled, then spread over as few games as their
 * number needs (as many students per game as it has student seats at most), as evenly as that
 * count of games allows; the empty seats go to bots. Six students in games of five make two
 * games of three (never five and one); pairs stay pairs, with one student beside a bot if odd.
 */
import { randomInt } from "node:crypto";
import { groupSizes } from "./groupSizes";

export { groupSizes };

export interface Grouping<T> {
  /** Per group, per student seat in order: the student, or null for a bot. */
  groups: (T | null)[][];
}

export function groupStudents<T>(students: readonly T[], seatsPerGroup: number, shuffle = true): Grouping<T> {
  const order = [...students];
  if (shuffle) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = randomInt(0, i + 1);
      [order[i], order[j]] = [order[j], order[i]];
    }
  }
  const groups: (T | null)[][] = [];
  let next = 0;
  for (const size of groupSizes(order.length, seatsPerGroup)) {
    const group: (T | null)[] = order.slice(next, next + size);
    next += size;
    while (group.length < seatsPerGroup) group.push(null);
    groups.push(group);
  }
  return { groups };
}
