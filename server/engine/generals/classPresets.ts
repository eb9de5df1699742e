/** Ready-made class rounds of this scenario (server/classroom/presets.ts gathers every scenario's). */
import type { ClassRoundPreset } from "../scenarioContent";

export const GENERALS_CLASS_PRESETS: readonly ClassRoundPreset[] = [
  {
    id: "generals-fog",
    title: "Two Generals in the fog",
    blurb: "Pairs of generals; a third of the messengers are lost. Does anyone attack together?",
    params: { captureProbability: 0.3, crossingTicks: 2, dawnTick: 20, enemy: "none" },
    tickMs: 1000,
  },
  {
    id: "generals-enemy",
    title: "Two Generals against a reading Enemy",
    blurb: "The Enemy bot reads every messenger and captures the one that hurts most.",
    params: { captureProbability: 0, crossingTicks: 2, dawnTick: 20, enemy: "bot" },
    bots: { enemy: "adversarial" },
    tickMs: 1000,
  },
  {
    id: "generals-gangsters",
    title: "Two Gangs (the 1975 telling)",
    blurb: "The same game as the fog round, told as two gangs and their couriers: the problem as it was first posed.",
    params: { captureProbability: 0.3, crossingTicks: 2, dawnTick: 20, enemy: "none" },
    tickMs: 1000,
    skin: "gangsters",
  },
];
