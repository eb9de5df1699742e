/** Ready-made class rounds of this scenario (server/classroom/presets.ts gathers every scenario's). */
import type { ClassRoundPreset } from "../scenarioContent";

/** Five processes under ◇S with a random adversary bot: the first preset's round, and "Bring your bot"'s. */
const ES_ROUND = { params: { n: 5, detector: "ES", gst: 15, adversary: "bot" }, bots: { adversary: "random" }, tickMs: 1000 };

export const CONSENSUS_CLASS_PRESETS: readonly ClassRoundPreset[] = [
  {
    id: "consensus-es",
    title: "Consensus under ◇S",
    blurb: "Groups of five processes run the rotating coordinator; the detector lies until GST.",
    ...ES_ROUND,
  },
  {
    id: "consensus-bots",
    title: "Bring your bot: consensus under ◇S",
    // Mixed, not "people first": each group of five runs people's, students' and house processes
    // together, so one protocol run compares them, and no group is bots alone.
    blurb: "Students' bots that joined with the code are spread over the groups first, beside people; house processes fill the rest. The debrief compares people, students' bots and house bots.",
    ...ES_ROUND,
    seating: "mixed",
  },
  {
    id: "consensus-paxos",
    title: "One round, debriefed twice: the rotating coordinator as Paxos",
    blurb: "One round of five processes under ◇S; debrief it in the lecture's words, then ask again: the class matches each term to its Paxos twin, and the replays switch to Paxos words.",
    params: { n: 5, detector: "ES", gst: 10, adversary: "none" },
    tickMs: 1000,
  },
];
