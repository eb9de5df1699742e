/**
 * For the classroom tests: a custom round as the host's form sends it, checked as the server
 * checks a `class:round:start` (its schema, the scenario's params, seats and bot strategies).
 */
import { expect } from "vitest";
import { scenarioById } from "@/server/engine/scenarios";
import { startRoundSchema } from "@/server/protocol/classroom";
import { customRound, playerSeats, type CustomChoices } from "@/app/class/[sessionId]/host/customRound";
import type { StartRound } from "@/app/class/[sessionId]/host/useHostSession";

const auth = { sessionId: "abcdefgh12", hostKey: "k".repeat(32) };

/** The round `choices` make, after checking that the server would start it as asked. */
export function acceptedRound(choices: CustomChoices): StartRound {
  const round = customRound(choices);
  const payload = startRoundSchema.parse({ ...auth, ...round });
  const scenario = scenarioById(payload.scenario)!;
  const params = scenario.paramsSchema.parse(payload.params);
  const seats: string[] = scenario.seats(params);
  expect(payload.studentSeats?.every((s) => seats.includes(s))).toBe(true);
  expect(payload.studentSeats).toHaveLength(Math.max(1, Math.min(choices.studentsPerGroup, playerSeats(choices).length)));
  for (const [seat, strategy] of Object.entries(payload.bots ?? {})) {
    expect(seats).toContain(seat);
    expect(scenario.strategies(seat)).toContain(strategy);
  }
  return round;
}
