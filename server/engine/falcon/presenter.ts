/**
 * Falcon's question in the presenter debrief: "kill it or wait?", asked when the first fault has
 * kept the monitor waiting two seconds. Before the reveal the projector draws only what the
 * operator saw (`blind`: the heartbeats that arrived, the monitor's own acts), never the faults.
 * The right answer: kill it if the first fault was a real failure (crash, hang, panic, VM
 * stopped), wait if it was a pause or a partition, which heal on their own.
 */
import type { ScenarioPresenter } from "../presenter";
import type { Timeline } from "../timeline";
import { PERMANENT_KINDS, TICK_MS } from "./types";
import { SERVICE } from "./timeline";

/** The silence the question waits for after the first fault: the default e2e timeout. */
export const ASK_AFTER_TICKS = 2_000 / TICK_MS;

const faultMarks = (timeline: Timeline) => (timeline.marks ?? []).filter((m) => m.party === SERVICE && m.tone === "bad");
const kindOf = (label: string) => label.split(" ")[0];
const permanent = (label: string) => (PERMANENT_KINDS as readonly string[]).includes(kindOf(label));
const NAMES: Record<string, string> = { crash: "a crash", hang: "a hang", panic: "a kernel panic", vmStop: "the VM stopped", slow: "a pause", partition: "a partition" };

export const FALCON_PRESENTER: ScenarioPresenter = {
  askAt(timeline) {
    const first = faultMarks(timeline)[0];
    return first ? Math.min(timeline.endTick, first.tick + ASK_AFTER_TICKS) : 0;
  },
  // The faults and the lost heartbeats would answer the question: the operator never saw them.
  blind: (timeline) => ({
    ...timeline,
    messages: timeline.messages.filter((m) => m.fate !== "lost"),
    marks: (timeline.marks ?? []).filter((m) => m.party !== SERVICE),
    decisions: timeline.decisions.map((d) => ({ ...d, label: "declared failed" })),
    outcome: "",
    endLabel: "the end",
  }),
  question(timeline, tick) {
    const first = faultMarks(timeline)[0] ?? null;
    const arrived = timeline.messages.filter((m) => m.fate !== "lost" && m.arrivesAt <= tick).length;
    const declared = timeline.decisions.filter((d) => d.tick <= tick).length;
    const total = timeline.messages.filter((m) => m.fate !== "lost").length;
    const falseOnes = timeline.decisions.filter((d) => d.label.includes("alive")).length;
    const correct = first === null ? null : permanent(first.label) ? "kill" : "wait";
    const what =
      first === null
        ? "no fault struck this service: every silence was the network's delay."
        : `the first fault was ${NAMES[kindOf(first.label)] ?? first.label}${permanent(first.label) ? "" : ` (${first.label.slice(kindOf(first.label).length + 1)})`} at ${((first.tick * TICK_MS) / 1000).toFixed(1)} s.`;
    return {
      prompt: `${((tick * TICK_MS) / 1000).toFixed(1)} s into the game. The heartbeats have gone quiet. Kill it or wait?`,
      options: [
        { id: "kill", label: "Kill it and fail over" },
        { id: "wait", label: "Wait: it may be slow or cut off" },
      ],
      reveal: `What happened: ${what} By then ${arrived} heartbeat${arrived === 1 ? "" : "s"} had reached the monitor and it had declared ${declared} failure${declared === 1 ? "" : "s"}. In the whole game ${total} heartbeat${total === 1 ? "" : "s"} arrived and the monitor declared ${timeline.decisions.length} failure${timeline.decisions.length === 1 ? "" : "s"}${falseOnes > 0 ? `, ${falseOnes} of them of a live process` : ""}.`,
      outcomes: {
        kill:
          correct === "kill" ? "Right: it was really dead; every second of waiting was downtime." : correct === "wait" ? "A live process killed: intrusive, and a false suspicion." : "Nothing had failed: a kill would have been intrusive.",
        wait:
          correct === "wait" ? "Right: it came back by itself." : correct === "kill" ? "It never came back: waiting was slow detection." : "Right: nothing had failed.",
      },
      correct: correct ?? "wait",
    };
  },
};
