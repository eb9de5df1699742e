/** Ready-made class rounds of this scenario (server/classroom/presets.ts gathers every scenario's). */
import type { ClassRoundPreset } from "../scenarioContent";

export const BENOR_CLASS_PRESETS: readonly ClassRoundPreset[] = [
  {
    id: "benor-adversary",
    title: "Ben-Or: beat the coins",
    blurb: "Every group is the adversary against three Ben-Or processes (one crash allowed): how many rounds can you hold the decision off?",
    params: { n: 3, f: 1, maxTicks: 300 },
    bots: { adversary: "splitter", p1: "protocol", p2: "protocol", p3: "protocol" },
    tickMs: 1000,
  },
];
