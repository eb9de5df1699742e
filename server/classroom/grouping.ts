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

/** A copy in random order (Fisher–Yates), or as given when `shuffle` is false. */
function shuffled<T>(items: readonly T[], shuffle: boolean): T[] {
  const order = [...items];
  if (shuffle) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = randomInt(0, i + 1);
      [order[i], order[j]] = [order[j], order[i]];
    }
  }
  return order;
}

export function groupStudents<T>(students: readonly T[], seatsPerGroup: number, shuffle = true): Grouping<T> {
  const order = shuffled(students, shuffle);
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

/**
 * "Bring your bot" (the round's `seating: "mixed"`): the same games as `groupStudents` for people
 * and students' bots together, but the bots are dealt over the games first, one per game in
 * turn, and the people fill the places left. So bots and people share games wherever the numbers
 * allow (the debrief compares them on like games), and no game is all bots while another is all
 * people. Each game's members then take its seats in random order, so no kind always plays seat A.
 */
export function groupMixed<T>(people: readonly T[], bots: readonly T[], seatsPerGroup: number, shuffle = true): Grouping<T> {
  const sizes = groupSizes(people.length + bots.length, seatsPerGroup);
  const members: T[][] = sizes.map(() => []);
  // Round-robin never overfills: game i gets ceil((bots - i) / games) bots, at most its size.
  shuffled(bots, shuffle).forEach((bot, i) => members[i % sizes.length].push(bot));
  const queue = shuffled(people, shuffle);
  members.forEach((group, i) => group.push(...queue.splice(0, sizes[i] - group.length)));
  const groups = members.map((group) => {
    const seated: (T | null)[] = shuffled(group, shuffle);
    while (seated.length < seatsPerGroup) seated.push(null);
    return seated;
  });
  return { groups };
}
