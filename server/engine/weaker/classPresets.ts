/** Ready-made class rounds of this scenario (server/classroom/presets.ts gathers every scenario's). */
import type { ClassRoundPreset } from "../scenarioContent";

export const WEAKER_CLASS_PRESETS: readonly ClassRoundPreset[] = [
  {
    id: "weaker-kset",
    title: "k-set agreement: more values, fewer crashes",
    blurb: "Every group is the adversary against four processes running the trivial 2-set protocol, one crash allowed: how many distinct decisions can you force? Can you stop one deciding?",
    params: { problem: "kset", n: 4, k: 2, f: 1, maxTicks: 300 },
    bots: { adversary: "blocker", p1: "protocol", p2: "protocol", p3: "protocol", p4: "protocol" },
    tickMs: 1000,
  },
];
