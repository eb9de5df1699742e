/**
 * Putting a round's students into games: shuffled, then cut into groups of as many students
 * as the game has student seats; the last group's empty seats go to bots.
 */
import { randomInt } from "node:crypto";

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
  for (let i = 0; i < order.length; i += seatsPerGroup) {
    const group: (T | null)[] = order.slice(i, i + seatsPerGroup);
    while (group.length < seatsPerGroup) group.push(null);
    groups.push(group);
  }
  return { groups };
}
