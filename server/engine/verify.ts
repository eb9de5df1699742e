/**
 * Checks a stored game by replaying it: its seed and inputs must reproduce the stored events,
 * outcome and scores exactly. Record pages show the result, so a score can never be anything
 * the rules did not produce.
 */
import { replay } from "./record";
import { SCENARIO_IDS, SCENARIOS, scenarioById } from "./scenarios";
import type { SeatOutcome } from "./scenario";
import { chainIn, type Timeline } from "./timeline";

/** The parts of a stored trace (docs/trace-format.md) the check reads. */
export interface StoredGame {
  /** The trace format version (docs/trace-format.md); missing counts as the current one. */
  version?: number;
  scenario: string;
  params: unknown;
  seed: number;
  inputs: readonly { type: string }[];
  events: readonly unknown[];
  outcome: string;
  result: Record<string, SeatOutcome>;
  checks?: object;
}

/**
 * The scenarios whose version 1 traces stored the true chain as a seat's depth (each says so:
 * `Scenario.recordedChainInVersion1`); storage/depthUpgrade.ts rewrites these games' depths too.
 */
export const VERSION_1_CHAIN_SCENARIOS: readonly string[] = SCENARIO_IDS.filter((id) => SCENARIOS[id].recordedChainInVersion1);

/**
 * `seats`: the result as a current-version trace states it (known depths), whatever the trace's
 * version; `final`: the state the replay ended in (a scenario's reveal may be rebuilt from it).
 */
export type Verification = { ok: true; timeline: Timeline; seats: Partial<Record<string, SeatOutcome>>; final: unknown } | { ok: false; problem: string };

export function verifyTrace(trace: StoredGame): Verification {
  const scenario = scenarioById(trace.scenario);
  if (!scenario) return { ok: false, problem: `there is no scenario "${trace.scenario}"` };
  const params = scenario.paramsSchema.safeParse(trace.params);
  if (!params.success) return { ok: false, problem: "its parameters are not valid" };
  let record;
  try {
    record = replay(scenario, params.data, trace.seed, trace.inputs);
  } catch (err) {
    return { ok: false, problem: (err as Error).message };
  }
  if (!record.over) return { ok: false, problem: "its inputs stop before the end" };
  if (JSON.stringify(record.traceEvents()) !== JSON.stringify(trace.events)) return { ok: false, problem: "its events differ from the replay" };
  const summary = scenario.summarize(record.state);
  const timeline = scenario.timeline(record.state, record.events);
  const seats = trace.version === 1 ? asVersion1(scenario.id, summary.seats, timeline) : summary.seats;
  if (summary.outcome !== trace.outcome || JSON.stringify(seats) !== JSON.stringify(trace.result)) {
    return { ok: false, problem: "its outcome or scores differ from the replay" };
  }
  if (JSON.stringify(summary.checks) !== JSON.stringify(trace.checks)) return { ok: false, problem: "its stored verdict differs from the replay's" };
  return { ok: true, timeline, seats: summary.seats, final: record.state };
}

/**
 * The result a version 1 trace stored: in the two-party games its depth was the true chain,
 * which overstated what a seat knew. Games stored then still verify against what they claimed.
 */
function asVersion1(scenario: string, seats: Partial<Record<string, SeatOutcome>>, timeline: Timeline): Partial<Record<string, SeatOutcome>> {
  if (!VERSION_1_CHAIN_SCENARIOS.includes(scenario)) return seats;
  const out: Partial<Record<string, SeatOutcome>> = {};
  for (const [seat, r] of Object.entries(seats)) {
    if (r) out[seat] = { score: r.score, won: r.won, depth: r.depth === null ? null : chainIn(timeline, seat) };
  }
  return out;
}
