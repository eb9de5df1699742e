/** A Ben-Or run as a timeline: a line per process, every message with its fate, decisions, crashes and coin flips; its ticks are adversary steps. */
import { loggedMessages, processParties } from "../adversaryNetwork/timeline";
import type { Timeline } from "../timeline";
import { adversaryScore } from "./scoring";
import { ADVERSARY_SEAT, BENOR_OUTCOME_WORDS, messageLabel, processSeat } from "./terms";
import type { BenorState } from "./types";

export { COIN_MARK, DECISION_LABEL } from "./terms";

export function benorTimeline(state: BenorState): Timeline {
  const end = state.game.steps;
  const crashed = state.game.crashed;
  const marks: NonNullable<Timeline["marks"]> = [
    ...state.log.crashes.map((c) => ({ party: processSeat(c.pid), tick: c.step, label: "crash", tone: "bad" as const })),
    ...state.log.coins.map((c) => ({ party: processSeat(c.pid), tick: c.step, label: `coin ${c.value}`, tone: "neutral" as const })),
  ];
  return {
    scenario: "benor",
    parties: processParties(state.game.processes.length, processSeat),
    endTick: end,
    endLabel: state.outcome ? BENOR_OUTCOME_WORDS[state.outcome].toLowerCase() : "the end",
    clock: "step",
    messages: loggedMessages(state.log.messages, crashed, end, processSeat, (m) => messageLabel(m.kind, m.round, m.value)),
    decisions: state.log.decisions.map((d) => ({ party: processSeat(d.pid), tick: d.step, label: `decide ${d.value} (round ${d.round})`, acts: d.value === 1, byDefault: false })),
    rungs: [],
    words: { A: "p1", B: "p2", object: "" },
    outcome: state.outcome ?? "",
    scores: { [ADVERSARY_SEAT]: adversaryScore(state) },
    marks,
  };
}
