/**
 * Ready-made rounds for a class, and which seats students take by default. Pure data and pure
 * functions: the host's screen imports this file too.
 */
import { scenarioById, type ScenarioId } from "../engine/scenarios";

export interface ClassPreset {
  id: string;
  scenario: ScenarioId;
  title: string;
  /** One line for the host: what the round shows. */
  blurb: string;
  params: Record<string, unknown>;
  /** Seats students take; absent means the scenario's players ({@link defaultStudentSeats}). */
  studentSeats?: string[];
  /** Strategies for the seats bots play; absent seats get the seat's first strategy. */
  bots?: Record<string, string>;
  tickMs: number;
}

export const CLASS_PRESETS: ClassPreset[] = [
  {
    id: "generals-fog",
    scenario: "generals",
    title: "Two Generals in the fog",
    blurb: "Pairs of generals; a third of the messengers are lost. Does anyone attack together?",
    params: { captureProbability: 0.3, crossingTicks: 2, dawnTick: 20, enemy: "none" },
    tickMs: 1000,
  },
  {
    id: "generals-enemy",
    scenario: "generals",
    title: "Two Generals against a reading Enemy",
    blurb: "The Enemy bot reads every messenger and captures the one that hurts most.",
    params: { captureProbability: 0, crossingTicks: 2, dawnTick: 20, enemy: "bot" },
    bots: { enemy: "adversarial" },
    tickMs: 1000,
  },
  {
    id: "lovers-night",
    scenario: "lovers",
    title: "The Two Insecure Lovers",
    blurb: "Pairs arrange a midnight date by SMS; 30 % of texts are lost.",
    params: { lossProbability: 0.3 },
    tickMs: 1500,
  },
  {
    id: "consensus-es",
    scenario: "consensus",
    title: "Consensus under ◇S",
    blurb: "Groups of five processes run the rotating coordinator; the detector lies until GST.",
    params: { n: 5, detector: "ES", gst: 15, adversary: "bot" },
    bots: { adversary: "random" },
    tickMs: 1000,
  },
];

/** The seats students take when the host does not say: the scenario's players, never its adversary. */
export function defaultStudentSeats(scenario: string, seats: readonly string[]): string[] {
  const s = scenarioById(scenario);
  return s ? seats.filter((seat) => s.role(seat).kind === "player") : [...seats];
}

/** The strategy a bot plays while a student's seat waits for them to come back. */
export function standInStrategy(scenario: string, seat: string): string {
  const s = scenarioById(scenario);
  if (!s) throw new Error(`standInStrategy: unknown scenario "${scenario}"`);
  return s.role(seat).standIn;
}
