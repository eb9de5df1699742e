/**
 * A weaker-agreement run as a timeline: a line per process, every message with its fate,
 * decisions, crashes and (ε) each process's value after each round as a mark; its ticks are
 * adversary steps.
 */
import { loggedMessages, processParties } from "../adversaryNetwork/timeline";
import type { Timeline } from "../timeline";
import { adversaryScore } from "./scoring";
import { ADVERSARY_SEAT, WEAKER_OUTCOME_WORDS, averageLabel, decisionLabel, messageLabel, processSeat } from "./terms";
import type { WeakerState } from "./types";

export function weakerTimeline(state: WeakerState): Timeline {
  const end = state.game.s.steps;
  const crashed = state.game.s.crashed;
  const marks: NonNullable<Timeline["marks"]> = [
    ...state.log.crashes.map((c) => ({ party: processSeat(c.pid), tick: c.step, label: "crash", tone: "bad" as const })),
    ...state.log.averages.filter((a) => a.round < (state.game.problem === "epsilon" ? state.game.s.rounds : 0)).map((a) => ({ party: processSeat(a.pid), tick: a.step, label: averageLabel(a.round, a.value), tone: "neutral" as const })),
  ];
  return {
    scenario: "weaker",
    parties: processParties(state.game.s.processes.length, processSeat),
    endTick: end,
    endLabel: state.outcome ? WEAKER_OUTCOME_WORDS[state.outcome].toLowerCase() : "the end",
    clock: "step",
    messages: loggedMessages(state.log.messages, crashed, end, processSeat, (m) => messageLabel(m.round, m.value)),
    decisions: state.log.decisions.map((d) => ({ party: processSeat(d.pid), tick: d.step, label: decisionLabel(d.value), acts: true, byDefault: false })),
    rungs: [],
    words: { A: "p1", B: "p2", object: "" },
    outcome: state.outcome ?? "",
    scores: { [ADVERSARY_SEAT]: adversaryScore(state) },
    marks,
  };
}
