/**
 * The host's own round, from a few choices per scenario: the parameters, which seats students
 * take, and what the bots play. Pure: the form keeps the choices, this turns them into a
 * `class:round:start` payload.
 */
import { GENERAL_STRATEGIES, STRATEGY_DESCRIPTIONS } from "@/server/engine/generals/bots";
import { LOVERS_STRATEGIES, LOVERS_STRATEGY_DESCRIPTIONS } from "@/server/engine/lovers/bots";
import { CONSENSUS_STRATEGY_DESCRIPTIONS, PROCESS_STRATEGIES } from "@/server/engine/consensus/bots";
import { processSeat, type DetectorClass } from "@/server/engine/consensus/params";
import type { StartRound } from "./useHostSession";

export type ScenarioId = "generals" | "lovers" | "consensus";

export interface CustomChoices {
  scenario: ScenarioId;
  /** Generals: capture probability, or "enemy" for a reading Enemy bot. */
  valley: number | "enemy";
  dawnTick: number;
  /** Lovers: the announced loss. */
  loss: number;
  luckyNight: boolean;
  /** Consensus. */
  n: number;
  detector: DetectorClass;
  gst: number;
  adversary: "none" | "random" | "stubborn";
  /** How many seats of each game students take (the rest are bots): 1 = alone with bots. */
  studentsPerGroup: number;
  /** The strategy every bot player plays (not the Enemy or adversary). */
  botStrategy: string;
  tickMs: number;
}

export const DEFAULT_CHOICES: CustomChoices = {
  scenario: "generals",
  valley: 0.3,
  dawnTick: 20,
  loss: 0.3,
  luckyNight: false,
  n: 5,
  detector: "ES",
  gst: 15,
  adversary: "none",
  studentsPerGroup: 2,
  botStrategy: "acknowledged",
  tickMs: 1000,
};

/** The seats players take in each scenario, in the order students fill them. */
export function playerSeats(c: Pick<CustomChoices, "scenario" | "n">): string[] {
  if (c.scenario === "generals") return ["A", "B"];
  if (c.scenario === "lovers") return ["alice", "bob"];
  return Array.from({ length: c.n }, (_, i) => processSeat(i + 1));
}

export function botStrategies(scenario: ScenarioId): { value: string; label: string; blurb: string }[] {
  if (scenario === "generals") return GENERAL_STRATEGIES.map((s) => ({ value: s, label: s, blurb: STRATEGY_DESCRIPTIONS[s] }));
  if (scenario === "lovers") return LOVERS_STRATEGIES.map((s) => ({ value: s, label: s, blurb: LOVERS_STRATEGY_DESCRIPTIONS[s] }));
  return PROCESS_STRATEGIES.map((s) => ({ value: s, label: s, blurb: CONSENSUS_STRATEGY_DESCRIPTIONS[s] ?? "" }));
}

export function customRound(c: CustomChoices): StartRound {
  const seats = playerSeats(c);
  const studentSeats = seats.slice(0, Math.max(1, Math.min(c.studentsPerGroup, seats.length)));
  const bots: Record<string, string> = {};
  for (const s of seats) bots[s] = c.botStrategy;
  if (c.scenario === "generals") {
    const params = c.valley === "enemy" ? { enemy: "bot", captureProbability: 0, dawnTick: c.dawnTick } : { enemy: "none", captureProbability: c.valley, dawnTick: c.dawnTick };
    if (c.valley === "enemy") bots.enemy = "adversarial";
    return { scenario: "generals", params, studentSeats, bots, tickMs: c.tickMs };
  }
  if (c.scenario === "lovers") {
    return { scenario: "lovers", params: { lossProbability: c.loss, luckyNight: c.luckyNight }, studentSeats, bots, tickMs: c.tickMs };
  }
  const f = Math.floor((c.n - 1) / 2) >= 1 ? 1 : 0;
  const params = { n: c.n, detector: c.detector, gst: c.gst, f, adversary: c.adversary === "none" ? "none" : "bot" };
  if (c.adversary !== "none") bots.adversary = c.adversary;
  return { scenario: "consensus", params, studentSeats, bots, tickMs: c.tickMs };
}

/** "3 students → 2 groups of 2; bots take 1 seat", for the host before starting. */
export function groupingSentence(students: number, seatsPerGroup: number): string {
  if (students === 0) return "No student has joined yet.";
  const groups = Math.ceil(students / seatsPerGroup);
  const botSeats = groups * seatsPerGroup - students;
  const size = seatsPerGroup === 1 ? "each student alone with bots" : `${groups} ${groups === 1 ? "group" : "groups"} of ${seatsPerGroup}`;
  const fill = botSeats === 0 ? "" : `; bots take ${botSeats} empty ${botSeats === 1 ? "seat" : "seats"}`;
  return seatsPerGroup === 1 ? `${students} ${students === 1 ? "student" : "students"}: ${size} (${groups} ${groups === 1 ? "game" : "games"})` : `${students} ${students === 1 ? "student" : "students"} → ${size}${fill}`;
}
