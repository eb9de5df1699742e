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
    id: "consensus-paxos",
    title: "One round, debriefed twice: the rotating coordinator as Paxos",
    blurb: "One round of five processes under ◇S; debrief it in the lecture's words, then ask again: the class matches each term to its Paxos twin, and the replays switch to Paxos words.",
    params: { n: 5, detector: "ES", gst: 10, adversary: "none" },
    tickMs: 1000,
  },
];
