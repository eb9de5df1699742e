/**
 * When an arena match's replay (trace, seed, draws) opens: once its cycle is over. Pure; the
 * store (server/storage/arenaHold.ts) reads the facts. Every bot plays the same seeds night by
 * night, so a replay shown while some bot could still play that night would hand it the draws.
 *
 * The rule. Each bot has a place in each scenario: where its own next match may fall, (cycle,
 * night), stored with its latest play. A match is played at the **highest** place among its bots
 * (matchPlace), and every bot in it moves to the place after that one: so each bot's places only
 * ever go up, strictly (it never plays a night twice, nor one it has gone past; nights it skips
 * are fine, par compares the same night). A scenario's **open cycle** is the lowest place of its
 * active bots (played there in the last ARENA_IDLE_MS, not revoked), and never more than one past
 * the latest cycle any match was on. A bot's place is never below the open cycle (a new bot, or
 * one back from idling, starts there), so no match ever opens on a cycle below the open cycle:
 * those cycles are over, and a match's replay opens once its cycle is below the open cycle and
 * no match of its cycle is still being played. The open cycle never goes down, so a replay once
 * open stays open.
 */

/** Where a bot's match falls: night `night` (0-based) of cycle `cycle`. */
export interface Place {
  cycle: number;
  night: number;
}

/** A bot idle this long in a scenario no longer holds its cycle open; when it comes back it starts at the open cycle. */
export const ARENA_IDLE_MS = 7 * 24 * 3600_000;

/** -1, 0 or 1 as place `a` comes before, at or after place `b`. */
export function comparePlaces(a: Place, b: Place): number {
  return Math.sign(a.cycle - b.cycle) || Math.sign(a.night - b.night);
}

/** Where a match of bots at these places is played: the highest of them (the rule above). */
export function matchPlace(places: readonly Place[]): Place {
  if (places.length === 0) throw new Error("A match has at least one bot");
  return places.reduce((high, p) => (comparePlaces(p, high) > 0 ? p : high));
}

/** The place after `place` in cycles of `nights` nights. */
export function advance(place: Place, nights: number): Place {
  return place.night + 1 < nights ? { cycle: place.cycle, night: place.night + 1 } : { cycle: place.cycle + 1, night: 0 };
}

/** Where a bot's next match falls: its own place (none before its first match), never below the open cycle. */
export function placeOf(own: Place | null, openCycle: number): Place {
  return own && own.cycle >= openCycle ? own : { cycle: openCycle, night: 0 };
}

/** What the open cycle is read from, for one scenario. */
export interface CycleFacts {
  /** Each bot's latest place and when its latest play was: bots not revoked (the store leaves revoked bots out). */
  bots: readonly { nextCycle: number; playedAt: Date }[];
  /** The latest cycle a match of the scenario was on; null before the first. */
  latestCycle: number | null;
  now: Date;
  idleMs?: number;
}

/** The scenario's open cycle: every cycle below it is over (see the rule above). */
export function openCycle({ bots, latestCycle, now, idleMs = ARENA_IDLE_MS }: CycleFacts): number {
  const cap = latestCycle === null ? 0 : latestCycle + 1;
  const active = bots.filter((b) => now.getTime() - b.playedAt.getTime() < idleMs);
  return Math.min(cap, ...active.map((b) => b.nextCycle));
}

/** Whether a match of cycle `cycle` is withheld: its cycle is not over, or one of its matches is still being played. */
export function withheld(cycle: number, open: number, unfinishedCycles: ReadonlySet<number>): boolean {
  return cycle >= open || unfinishedCycles.has(cycle);
}

/** What a withheld replay says (the trace API's ARENA_REPLAY_WITHHELD, the replay page): cycles counted from 1. */
export function withheldMessage(cycle: number): string {
  return `This arena match's replay opens when cycle ${cycle + 1} is over.`;
}
