/** Ready-made class rounds of this scenario (server/classroom/presets.ts gathers every scenario's). */
import type { ClassRoundPreset } from "../scenarioContent";

/** A third of the messengers lost, no Enemy: the fog preset's round, "Bring your bot"'s and the gangsters'. */
const FOG_ROUND = { params: { captureProbability: 0.3, crossingTicks: 2, dawnTick: 20, enemy: "none" }, tickMs: 1000 };

export const GENERALS_CLASS_PRESETS: readonly ClassRoundPreset[] = [
  {
    id: "generals-fog",
    title: "Two Generals in the fog",
    blurb: "Pairs of generals; a third of the messengers are lost. Does anyone attack together?",
    ...FOG_ROUND,
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
    id: "generals-bots",
    title: "Bring your bot: Two Generals",
    // Mixed, not "people first": a bot beside a person in the same fog is the fairest comparison,
    // and a class of bots alone would teach the people nothing.
    blurb: "Students' bots that joined with the code are spread over the pairs first, so each sits beside a person where numbers allow; house bots fill the rest. The debrief compares people, students' bots and house bots.",
    ...FOG_ROUND,
    seating: "mixed",
  },
  {
    id: "generals-gangsters",
    title: "Two Gangs (the 1975 telling)",
    blurb: "The same game as the fog round, told as two gangs and their couriers: the problem as it was first posed.",
    ...FOG_ROUND,
    skin: "gangsters",
  },
];
