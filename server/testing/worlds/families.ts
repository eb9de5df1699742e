/**
 * Families of candidate worlds, from every scenario's kit (its folder's worlds.testing.ts). A
 * family fixes everything its observed seat is told or does (announced parameters, the bots it
 * may see, its own input, its policy) and varies only what is hidden from that seat: the seed
 * (hence the fates of messages and the network's delays), GST, crash schedules, other processes'
 * inputs, the lucky-night flag, the Enemy's or the adversary's strategy. What is announced and
 * what is hidden follows docs/DOMAIN.md §0 and the scenario rules there.
 */
import type { GameEvent } from "../../engine/record";
import { SeededRandom } from "../../engine/prng";
import type { ScenarioId } from "../../engine/scenarios";
import { benorWorlds } from "../../engine/benor/worlds.testing";
import { falconWorlds } from "../../engine/falcon/worlds.testing";
import { consensusWorlds } from "../../engine/consensus/worlds.testing";
import { flpWorlds } from "../../engine/flp/worlds.testing";
import { generalsWorlds } from "../../engine/generals/worlds.testing";
import { loversWorlds } from "../../engine/lovers/worlds.testing";
import { weakerWorlds } from "../../engine/weaker/worlds.testing";
import type { Family, WorldsKit } from "./kit";
import type { Projector } from "./visibility";
import type { World } from "./world";

export type { Family } from "./kit";

/** One kit per scenario: the compiler refuses a scenario without one. */
const KITS: Record<ScenarioId, WorldsKit> = { generals: generalsWorlds, lovers: loversWorlds, consensus: consensusWorlds, flp: flpWorlds, benor: benorWorlds, weaker: weakerWorlds, falcon: falconWorlds };

/** Family makers with their share of the families, every scenario's in registry order. */
export const FAMILY_KINDS = Object.values(KITS).flatMap((kit) => kit.families);

/** `count` families, seeded: the same seed gives the same families. */
export function makeFamilies(seed: number, count: number, size: number, kinds = FAMILY_KINDS.map((k) => k.kind)): Family[] {
  const r = new SeededRandom(seed);
  const table = FAMILY_KINDS.filter((k) => kinds.includes(k.kind)).flatMap((k) => Array(k.weight).fill(k));
  return Array.from({ length: count }, (_, i) => table[i % table.length].make(r, size));
}

/** What the world's observed seat learns from one true event. */
export const projectorFor = (world: World): Projector => KITS[world.scenario].projector(world);

/** What the world's observed seat knows before the first tick besides the announced parameters. */
export const startFacts = (world: World, events: readonly GameEvent[]): unknown[] => KITS[world.scenario].startFacts(world, events);
