/** Ready-made class rounds of this scenario (server/classroom/presets.ts gathers every scenario's). */
import type { ClassRoundPreset } from "../scenarioContent";

export const CONSENSUS_CLASS_PRESETS: readonly ClassRoundPreset[] = [
  {
    id: "consensus-es",
    title: "Consensus under ◇S",
    blurb: "Groups of five processes run the rotating coordinator; the detector lies until GST.",
    params: { n: 5, detector: "ES", gst: 15, adversary: "bot" },
    bots: { adversary: "random" },
    tickMs: 1000,
  },
  {
    id: "consensus-bots",
    title: "Bring your bot: consensus under ◇S",
    // Mixed, not "people first": each group of five runs people's, students' and house processes
    // together, so one protocol run compares them, and no group is bots alone.
    blurb: "Students' bots that joined with the code are spread over the groups first, beside people; house processes fill the rest. The debrief compares people, students' bots and house bots.",
    params: { n: 5, detector: "ES", gst: 15, adversary: "bot" },
    bots: { adversary: "random" },
    tickMs: 1000,
    seating: "mixed",
  },
];
