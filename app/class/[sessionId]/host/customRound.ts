/**
 * The host's own round, from a few choices: the scenario and its own fields (its classroom
 * part's `customRound`), how many seats of each game students take, and what the bots play.
 * Pure: the form keeps the choices, this turns them into a `class:round:start` payload.
 */
import type { ScenarioId } from "@/server/engine/scenarios";
import type { CustomRoundUi } from "@/app/_scenarios/classUi";
import { SCENARIO_UI_LIST, scenarioUi } from "@/app/_scenarios/registry";
import { groupSizes } from "@/server/classroom/groupSizes";
import { paceFor } from "@/app/class/_ui/paces";
import type { StartRound } from "./useHostSession";

export interface CustomChoices {
  scenario: ScenarioId;
  /** Each scenario's own fields as the host last set them; a scenario not touched yet has its defaults. */
  fields: Partial<Record<ScenarioId, unknown>>;
  /** How many seats of each game students take (the rest are bots): 1 = alone with bots. */
  studentsPerGroup: number;
  /** The strategy every bot player plays (not the Enemy or adversary). */
  botStrategy: string;
  tickMs: number;
}

/** The custom-round part of a registered scenario's classroom UI. */
export function customRoundOf(scenario: ScenarioId): CustomRoundUi {
  const ui = scenarioUi(scenario);
  if (!ui) throw new Error(`customRoundOf: unknown scenario "${scenario}"`);
  return ui.classroom.customRound;
}

/** The current scenario's own fields. */
export function fieldsOf(c: Pick<CustomChoices, "scenario" | "fields">): unknown {
  return Object.hasOwn(c.fields, c.scenario) ? c.fields[c.scenario] : customRoundOf(c.scenario).defaults;
}

/** Switching to `scenario`: its fields as last set, its default bot, every player seat a student, and the pace if it offers it (else its default). */
export function pickScenario(c: CustomChoices, scenario: ScenarioId): CustomChoices {
  const part = customRoundOf(scenario);
  return { ...c, scenario, botStrategy: part.defaultBot, studentsPerGroup: part.seats(part.defaults).length, tickMs: paceFor(scenario, c.tickMs) };
}

/** New fields for the current scenario; students per game never more than its seats. */
export function setFields(c: CustomChoices, fields: unknown): CustomChoices {
  const seats = customRoundOf(c.scenario).seats(fields).length;
  return { ...c, fields: { ...c.fields, [c.scenario]: fields }, studentsPerGroup: Math.min(c.studentsPerGroup, seats) };
}

/** A fresh form: the first registered scenario, at its default pace. */
export const DEFAULT_CHOICES: CustomChoices = pickScenario({ scenario: SCENARIO_UI_LIST[0].id, fields: {}, studentsPerGroup: 1, botStrategy: "", tickMs: 1000 }, SCENARIO_UI_LIST[0].id);

/** The seats players take, in the order students fill them. */
export function playerSeats(c: Pick<CustomChoices, "scenario" | "fields">): string[] {
  return customRoundOf(c.scenario).seats(fieldsOf(c));
}

export function botStrategies(scenario: ScenarioId): readonly { value: string; label: string; blurb: string }[] {
  return customRoundOf(scenario).botStrategies;
}

export function customRound(c: CustomChoices): StartRound {
  const part = customRoundOf(c.scenario);
  const fields = fieldsOf(c);
  const seats = part.seats(fields);
  const studentSeats = seats.slice(0, Math.max(1, Math.min(c.studentsPerGroup, seats.length)));
  const bots: Record<string, string> = {};
  for (const s of seats) bots[s] = c.botStrategy;
  const { params, bots: others } = part.toSpec(fields);
  return { scenario: c.scenario, params, studentSeats, bots: { ...bots, ...others }, tickMs: c.tickMs };
}

/** "3 students → 2 groups of 2; bots take 1 seat", for the host before starting. */
export function groupingSentence(students: number, seatsPerGroup: number): string {
  if (students === 0) return "No student has joined yet.";
  const sizes = groupSizes(students, seatsPerGroup);
  const groups = sizes.length;
  const botSeats = groups * seatsPerGroup - students;
  const size = seatsPerGroup === 1 ? "each student alone with bots" : `${groups} ${groups === 1 ? "group" : "groups"} of ${seatsPerGroup}`;
  // Games of three seats or more are balanced: say how many students each one gets.
  const spread = seatsPerGroup > 2 && botSeats > 0 && groups > 1 ? ` (${spreadWords(sizes)})` : "";
  const fill = botSeats === 0 ? "" : `; bots take ${botSeats} empty ${botSeats === 1 ? "seat" : "seats"}`;
  return seatsPerGroup === 1 ? `${students} ${students === 1 ? "student" : "students"}: ${size} (${groups} ${groups === 1 ? "game" : "games"})` : `${students} ${students === 1 ? "student" : "students"} → ${size}${spread}${fill}`;
}

/** "3 students each", or "4 or 3 students each" (larger games first). */
function spreadWords(sizes: readonly number[]): string {
  const most = sizes[0];
  const least = sizes[sizes.length - 1];
  return most === least ? `${most} students each` : `${most} or ${least} students each`;
}
