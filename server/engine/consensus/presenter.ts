/**
 * Consensus's question in the presenter debrief: at a tick of the run, will every process that
 * does not crash decide? Asked before the first decision; the answer is the run's own end.
 */
import type { ScenarioPresenter } from "../presenter";
import { paxosMatchingQuestions } from "./matching";

export const CONSENSUS_PRESENTER: ScenarioPresenter = {
  askAt(timeline) {
    const first = Math.min(...timeline.decisions.map((d) => d.tick), timeline.endTick);
    return Math.max(0, Math.min(timeline.endTick, first - 1));
  },
  // The second debrief, in Paxos words: the class matches each lecture term to its twin.
  followUps: () => paxosMatchingQuestions(),
  // "all decided" or "limit" at the end of the axis would answer the question.
  blind: (timeline) => ({ ...timeline, endLabel: "end" }),
  question(timeline, tick) {
    const crashed = new Set((timeline.marks ?? []).filter((m) => m.label === "crash").map((m) => m.party));
    const decided = new Set(timeline.decisions.map((d) => d.party));
    const correct = timeline.parties.filter((p) => !crashed.has(p.id));
    const undecided = correct.filter((p) => !decided.has(p.id));
    const all = undecided.length === 0;
    const values = [...new Set(timeline.decisions.map((d) => d.label.replace(/^decide /, "")))];
    const how = all
      ? `Every process that did not crash decided (${values.length === 1 ? `on ${values[0]}` : `on ${values.join(" and ")}: they disagreed`}), the last at tick ${Math.max(...timeline.decisions.map((d) => d.tick))}.`
      : `${undecided.map((p) => p.name).join(", ")} never decided: the run stopped at tick ${timeline.endTick}.`;
    const crashes = crashed.size > 0 ? ` Crashed: ${[...crashed].map((id) => timeline.parties.find((p) => p.id === id)?.name ?? id).join(", ")}.` : "";
    return {
      prompt: `Tick ${tick} of the run. Will every process that does not crash decide?`,
      options: [
        { id: "yes", label: "Yes, all of them" },
        { id: "no", label: "No, some never will" },
        { id: "unsure", label: "Nobody can tell yet" },
      ],
      reveal: `What happened: ${how}${crashes}`,
      outcomes: {
        yes: all ? "Right: they all decided." : "Not this time: some never decided.",
        no: all ? "Not this time: they all decided." : "Right: some never decided.",
        unsure: "Honest: from inside the run, a slow process and a crashed one look the same.",
      },
      correct: all ? "yes" : "no",
    };
  },
};
