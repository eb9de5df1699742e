/**
 * What a scenario gives the indistinguishability test (its folder's `worlds.testing.ts`): the
 * families of candidate worlds for each kind of seat, what that seat learns from each true event,
 * and what it knows before the first tick. kits.ts lists one per scenario.
 */
import type { GameEvent } from "../../engine/record";
import type { SeededRandom } from "../../engine/prng";
import type { Policy } from "./policies";
import type { Projector } from "./visibility";
import type { World } from "./world";

export interface Family {
  name: string;
  scenario: World["scenario"];
  seat: string;
  /** The candidates: worlds without a script yet (the policy writes it). */
  variants: Omit<World, "script">[];
  policy(): Policy;
}

/** A maker of families, with its share of the families drawn. */
export interface FamilyKind {
  kind: string;
  make(r: SeededRandom, size: number): Family;
  weight: number;
}

export interface WorldsKit {
  families: readonly FamilyKind[];
  /** What the world's observed seat learns from one true event (visibility.ts). */
  projector(world: World): Projector;
  /** What the seat knows before the first tick besides the announced parameters (none: []). */
  startFacts(world: World, events: readonly GameEvent[]): unknown[];
}

export const pick = <T>(r: SeededRandom, xs: readonly T[]): T => xs[r.int(0, xs.length - 1)];
export const seedOf = (r: SeededRandom) => r.int(1, 2 ** 31 - 1);

/** The inputs every process is given, as the `end` event states them (null before it). */
export function endInputs(events: readonly GameEvent[]): number[] | null {
  const end = events.find((e) => e.type === "end") as (GameEvent & { inputs: number[] }) | undefined;
  return end ? end.inputs : null;
}

/** A seat "p3" is process 3. */
export const processOf = (seat: string) => Number(seat.slice(1));
