/**
 * The arena's nights: per scenario, fixed params, and nights (cycle, night) that come in cycles
 * of NIGHTS. Every bot walks through the same nights in the same order, each match at the
 * highest place among its bots, so a bot may skip nights but never meets one twice (hold.ts has
 * the rule). A night's seed is an HMAC of the server's secret (ARENA_SECRET, else one kept in
 * the database): no bot can compute it from this source, and a played night's replay is
 * withheld until its cycle is over (hold.ts).
 * Par, the score the house bots get on a seed, is computed once per seed.
 */
import { createHmac } from "node:crypto";
import { scenarioById, SCENARIOS } from "../engine/scenarios";
import type { AnyScenario } from "../engine/scenario";
import { simulate } from "../engine/simulate";

/** How many nights each cycle of a scenario's arena has. */
export const NIGHTS = 32;

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
  return { scenario, params, seats, arenaSeats, house };
}

/** The scenarios that have an arena. */
export function arenaScenarioIds(): string[] {
  return Object.keys(SCENARIOS).filter((id) => arenaOf(id) !== null);
}

/** The seed of a night: the first 32 bits of HMAC-SHA256(secret, "scenario:cycle:night"). */
export function arenaSeed(secret: string, scenarioId: string, cycle: number, night: number): number {
  return createHmac("sha256", secret).update(`${scenarioId}:${cycle}:${night}`).digest().readUInt32BE(0);
}

const pars = new Map<string, Record<string, number>>();

/**
 * Par on a seed: each seat's score when the house plays every seat (the engine's headless
 * simulate: deterministic, so computed once per seed and kept).
 */
export function parOf(scenarioId: string, seed: number): Record<string, number> {
  const key = `${scenarioId}:${seed}`;
  const known = pars.get(key);
  if (known) return known;
  const par = simulatePar(scenarioId, seed);
  pars.set(key, par);
  return par;
}

/** Par without the memo. Exposed for tests. */
export function simulatePar(scenarioId: string, seed: number): Record<string, number> {
  const arena = arenaOf(scenarioId);
  if (!arena) throw new Error(`No arena for scenario "${scenarioId}"`);
  const record = simulate({ scenario: arena.scenario, params: arena.params, seed, strategies: arena.house });
  const summary = arena.scenario.summarize(record.state);
  return Object.fromEntries(arena.seats.map((seat) => [seat, summary.seats[seat]?.score ?? 0]));
}
