/**
 * FLP's question in the presenter debrief: at a step of a group's own run, is the configuration
 * still bivalent? Asked at the step that ended bivalence (the proof's critical step), or at the
 * end of a run that stayed open. The answer is the oracle's, which the timeline carries as a mark.
 */
import type { ScenarioPresenter } from "../presenter";
import type { Timeline } from "../timeline";
import { VALENT_MARK } from "./timeline";

function valentMark(timeline: Timeline) {
  return (timeline.marks ?? []).find((m) => VALENT_MARK.test(m.label)) ?? null;
}

/** The valency after `tick` steps: bivalent until the mark, the mark's from then on. */
function valencyAt(timeline: Timeline, tick: number): "bivalent" | "0" | "1" | "none" {
  const mark = valentMark(timeline);
  return mark && tick >= mark.tick ? (mark.label.replace("-valent", "") as "0" | "1" | "none") : "bivalent";
}

export const FLP_PRESENTER: ScenarioPresenter = {
  askAt: (timeline) => valentMark(timeline)?.tick ?? timeline.endTick,
  // The valency mark and the end's name ("kept the decision open") would answer the question.
  blind: (timeline) => ({ ...timeline, endLabel: "end", marks: (timeline.marks ?? []).filter((m) => !VALENT_MARK.test(m.label)) }),
  question(timeline, tick) {
    const v = valencyAt(timeline, tick);
    const words = v === "bivalent" ? "bivalent: both decisions were still reachable" : v === "none" ? "stuck: no decision was reachable any more" : `${v}-valent: every decision still reachable was ${v}`;
    const mark = valentMark(timeline);
    const after = mark ? ` The run stopped being bivalent at step ${mark.tick}.` : " The run stayed bivalent to its end.";
    return {
      prompt: `Step ${tick} of the run. Is this configuration still bivalent?`,
      options: [
        { id: "bivalent", label: "Bivalent: both still possible" },
        { id: "0", label: "0-valent" },
        { id: "1", label: "1-valent" },
      ],
      reveal: `What happened: the oracle says that after step ${tick} the configuration was ${words}.${after}`,
      outcomes: {
        bivalent: v === "bivalent" ? "Right: the adversary still had room." : "Not here: the decision was already fixed.",
        "0": v === "0" ? "Right: whatever the schedule, 0 is decided." : "Not 0-valent here.",
        "1": v === "1" ? "Right: whatever the schedule, 1 is decided." : "Not 1-valent here.",
      },
      correct: v === "none" ? null : v,
    };
  },
};
