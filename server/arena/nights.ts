/**
 * The arena's nights: per scenario, a fixed list of seeds and fixed params, so every bot faces
 * the same nights in the same order (its k-th match in a scenario is night k mod NIGHTS), and
 * par, the score the house bots get on each night. Server-only: the seeds are not shipped.
 */
import { scenarioById, SCENARIOS } from "../engine/scenarios";
import type { AnyScenario } from "../engine/scenario";
import { botSeed, simulate } from "../engine/simulate";

/** How many nights each scenario's arena cycles through. */
export const NIGHTS = 32;
/** Every arena seed is derived from this constant (changing it re-rates nothing stored, but changes par). */
const ARENA_SEED_ROOT = 0x5eed_a4e4;

export interface ArenaScenario {
  scenario: AnyScenario;
  /** The scenario's default params: the arena plays them on every night. */
  params: unknown;
  /** Every seat of a game, in the scenario's order. */
  seats: string[];
  /** The seats bots compete in: those whose role kind is "player". */
  arenaSeats: string[];
  /** The house strategy of every seat: par in player seats, the house in the others. */
  house: Record<string, string>;
  seeds: readonly number[];
}

const arenas = new Map<string, ArenaScenario | null>();

/** A scenario's arena, or null when it has no arena seats (or does not exist). */
export function arenaOf(scenarioId: string): ArenaScenario | null {
  if (arenas.has(scenarioId)) return arenas.get(scenarioId) ?? null;
  const scenario = scenarioById(scenarioId);
  const arena = scenario ? build(scenario) : null;
  arenas.set(scenarioId, arena);
  return arena;
}

function build(scenario: AnyScenario): ArenaScenario | null {
  const params: unknown = scenario.paramsSchema.parse({});
  const seats: string[] = scenario.seats(params);
  const arenaSeats = seats.filter((seat) => scenario.role(seat).kind === "player");
  if (arenaSeats.length === 0) return null;
  const house = Object.fromEntries(seats.map((seat) => [seat, scenario.role(seat).standIn as string]));
  const seeds = Array.from({ length: NIGHTS }, (_, i) => botSeed(ARENA_SEED_ROOT, `${scenario.id}:${i}`));
  return { scenario, params, seats, arenaSeats, house, seeds };
}

/** The scenarios that have an arena. */
export function arenaScenarioIds(): string[] {
  return Object.keys(SCENARIOS).filter((id) => arenaOf(id) !== null);
}

/** The night of a bot's match, given how many matches it has played in that scenario. */
export function nightOf(matchesPlayed: number): number {
  return matchesPlayed % NIGHTS;
}

const pars = new Map<string, Record<string, number>>();

/**
 * Par on a night: each seat's score when the house plays every seat (the engine's headless
 * simulate: deterministic, so computed once per night and kept).
 */
export function parOf(scenarioId: string, night: number): Record<string, number> {
  const key = `${scenarioId}:${night}`;
  const known = pars.get(key);
  if (known) return known;
  const arena = arenaOf(scenarioId);
  if (!arena) throw new Error(`No arena for scenario "${scenarioId}"`);
  const record = simulate({ scenario: arena.scenario, params: arena.params, seed: arena.seeds[night], strategies: arena.house });
  const summary = arena.scenario.summarize(record.state);
  const par = Object.fromEntries(arena.seats.map((seat) => [seat, summary.seats[seat]?.score ?? 0]));
  pars.set(key, par);
  return par;
}
