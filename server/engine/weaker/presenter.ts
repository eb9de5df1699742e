/**
 * The weaker-agreement question in the presenter debrief: at the first crash of a group's run (or
 * at the start, if none came before the end), will every live process decide? The options are
 * fixed; the answer is the run's outcome.
 */
import type { ScenarioPresenter } from "../presenter";
import type { Timeline } from "../timeline";

const crashes = (timeline: Timeline) => (timeline.marks ?? []).filter((m) => m.label === "crash");

export const WEAKER_PRESENTER: ScenarioPresenter = {
  askAt(timeline) {
    return crashes(timeline)[0]?.tick ?? 0;
  },
  // The end's name ("every live process decided", "blocked") would answer the question.
  blind: (timeline) => ({ ...timeline, endLabel: "end" }),
  question(timeline, tick) {
    const agreed = timeline.outcome === "agreed";
    const decided = new Set(timeline.decisions.map((d) => d.party));
    const values = [...new Set(timeline.decisions.map((d) => d.label.replace(/^decide /, "")))];
    const crashed = crashes(timeline).map((c) => c.party);
    const story = agreed
      ? `every live process decided, by step ${timeline.endTick}: ${values.length === 1 ? "one value" : `${values.length} distinct values`} (${values.join(", ")}).`
      : timeline.outcome === "blocked"
        ? `the run blocked: ${crashed.join(" and ")} crashed before sending, and nobody else has a value to decide.`
        : `not every live process decided (${decided.size} of ${timeline.parties.length - crashed.length} did) before the game ended.`;
    return {
      prompt: `Step ${tick} of the run. Will every live process decide?`,
      options: [
        { id: "yes", label: "Yes, every live process decides" },
        { id: "no", label: "No, some live process never decides" },
      ],
      reveal: `What happened: ${story} ${crashed.length === 0 ? "Nobody crashed." : `Crashed: ${crashed.join(", ")}.`}`,
      outcomes: {
        yes: agreed ? "Right: with fewer crashes than the protocol tolerates, the adversary can only delay." : "No: the adversary's crashes silenced every process that had a value to send.",
        no: agreed ? "Not here: enough processes lived to finish the protocol." : "Right: this is FLP's wall, met where the protocol asks too much.",
      },
      correct: agreed ? "yes" : "no",
    };
  },
};
