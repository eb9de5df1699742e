/** Ready-made class rounds of this scenario (server/classroom/presets.ts gathers every scenario's). */
import type { ClassRoundPreset } from "../scenarioContent";

export const LOVERS_CLASS_PRESETS: readonly ClassRoundPreset[] = [
  {
    id: "lovers-night",
    title: "The Two Insecure Lovers",
    blurb: "Pairs arrange a midnight date by SMS; 30 % of texts are lost.",
    params: { lossProbability: 0.3 },
    tickMs: 1500,
  },
];
