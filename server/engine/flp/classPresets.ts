/** Ready-made class rounds of this scenario (server/classroom/presets.ts gathers every scenario's). */
import type { ClassRoundPreset } from "../scenarioContent";

export const FLP_CLASS_PRESETS: readonly ClassRoundPreset[] = [
  {
    id: "flp-scheduler",
    title: "FLP: keep it bivalent",
    blurb: "Every group is the FLP adversary against the majority lock: keep the run bivalent for 25 fair steps.",
    params: { mode: "scheduler", protocol: "majority-lock", target: 25, bound: 6, crash: true },
    bots: { adversary: "proof", p1: "protocol", p2: "protocol", p3: "protocol" },
    tickMs: 1000,
  },
  {
    id: "flp-lemma-one",
    title: "FLP: Lemma 1 puzzle",
    blurb: "Each student predicts which of I_0..I_3 is bivalent for the majority lock, then sees the argument.",
    params: { mode: "puzzle", protocol: "majority-lock" },
    bots: { adversary: "proof" },
    tickMs: 1000,
  },
];
