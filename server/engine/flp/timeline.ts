/** An FLP run as a timeline: a line per process, every message with its fate, decisions and the crash; its ticks are steps. */
import type { Timeline } from "../timeline";
import { initialConfiguration } from "./model";
import { sharedOracle } from "./oracle";
import { protocolById } from "./protocols";
import { schedulerScore } from "./scoring";
import { FLP_OUTCOME_WORDS, processSeat, SCHEDULER_SEAT } from "./terms";
import type { FlpState } from "./types";

/** The label of the mark where the run stopped being bivalent, e.g. "0-valent" (presenter.ts reads it). */
export const VALENT_MARK = /^(0|1|none)-valent$/;

/** Where the run stopped being bivalent: at step 0 if it never was, else at the step that ended it; none if it stayed bivalent. */
function valencyMark(state: FlpState): NonNullable<Timeline["marks"]>[number] | null {
  const start = sharedOracle(state.params.protocol).valency(initialConfiguration(protocolById(state.params.protocol), state.inputs));
  if (start !== "bivalent") return { party: processSeat(0), tick: 0, label: `${start}-valent`, tone: "neutral" };
  const step = state.run.find((e) => e.kind === "step" && e.valency !== "bivalent");
  return step && step.kind === "step" ? { party: processSeat(step.pid), tick: step.step, label: `${step.valency}-valent`, tone: "neutral" } : null;
}

export function flpTimeline(state: FlpState): Timeline {
  const end = state.clock.steps;
  const marks: NonNullable<Timeline["marks"]> = state.run.filter((e) => e.kind === "crash").map((e) => ({ party: processSeat(e.pid), tick: e.step, label: "crash", tone: "bad" as const }));
  const lost = valencyMark(state);
  if (lost) marks.push(lost);
  const values = new Set(state.decisions.map((d) => d.value));
  if (values.size > 1) for (const d of state.decisions) marks.push({ party: processSeat(d.pid), tick: d.step, label: "disagrees", tone: "bad" });
  return {
    scenario: "flp",
    parties: state.config.locals.map((_, pid) => ({ id: processSeat(pid), name: processSeat(pid) })),
    endTick: end,
    endLabel: state.outcome ? FLP_OUTCOME_WORDS[state.outcome].toLowerCase() : "the end",
    clock: "step",
    messages: state.messages.map((m) => ({
      id: m.id,
      from: processSeat(m.from),
      to: processSeat(m.to),
      label: m.label,
      acked: 0,
      sentAt: m.sentAt,
      arrivesAt: m.deliveredAt ?? end,
      fate: m.deliveredAt === null ? "late" : "delivered",
      settledAt: m.deliveredAt ?? end,
      lostBy: null,
    })),
    decisions: state.decisions.map((d) => ({ party: processSeat(d.pid), tick: d.step, label: `decide ${d.value}`, acts: d.value === 1, byDefault: false })),
    rungs: [],
    words: { A: "p1", B: "p2", object: "" },
    outcome: state.outcome ?? "",
    scores: { [SCHEDULER_SEAT]: schedulerScore(state) },
    marks,
  };
}
