/**
 * Ben-Or's question in the presenter debrief: at the first coin flip of a group's run (or at the
 * start, if no coin fell before the first decision), in which round will the first process
 * decide? The options are fixed; the answer is the first decision's round on the timeline.
 */
import type { ScenarioPresenter } from "../presenter";
import type { Timeline } from "../timeline";
import { COIN_MARK, DECISION_LABEL } from "./timeline";

function firstDecision(timeline: Timeline): { tick: number; round: number; value: string } | null {
  const sorted = [...timeline.decisions].sort((a, b) => a.tick - b.tick);
  for (const d of sorted) {
    const m = DECISION_LABEL.exec(d.label);
    if (m) return { tick: d.tick, round: Number(m[2]), value: m[1] };
  }
  return null;
}

const coins = (timeline: Timeline) => (timeline.marks ?? []).filter((m) => COIN_MARK.test(m.label));

export const BENOR_PRESENTER: ScenarioPresenter = {
  askAt(timeline) {
    const first = firstDecision(timeline);
    const coin = coins(timeline).find((c) => first === null || c.tick < first.tick);
    return coin ? coin.tick : 0;
  },
  // The end's name ("every live process decided") would answer the question.
  blind: (timeline) => ({ ...timeline, endLabel: "end" }),
  question(timeline, tick) {
    const first = firstDecision(timeline);
    const flips = coins(timeline).filter((c) => c.tick <= tick).length;
    const round = first?.round ?? null;
    const correct = round === null ? null : first!.tick <= tick ? null : round === 1 ? "1" : round === 2 ? "2" : "3+";
    const when =
      first === null
        ? "no process decided before the game ended."
        : `p${timeline.decisions.find((d) => d.tick === first.tick)?.party.slice(1) ?? "?"} decided ${first.value} first, in round ${first.round}, at step ${first.tick}.`;
    return {
      prompt: `Step ${tick} of the run. In which round will the first process decide?`,
      options: [
        { id: "1", label: "Round 1" },
        { id: "2", label: "Round 2" },
        { id: "3+", label: "Round 3 or later" },
      ],
      reveal: `What happened: ${when} ${flips === 1 ? "One coin had" : `${flips} coins had`} been flipped by step ${tick}, of ${coins(timeline).length} in the whole run.`,
      outcomes: {
        "1": round === 1 ? "Right: a majority agreed at once." : "Not round 1: the adversary kept them split at first.",
        "2": round === 2 ? "Right: one round of coins was enough." : "Not round 2.",
        "3+": round !== null && round >= 3 ? "Right: the adversary held it off, until the coins agreed." : round === null ? "Nobody decided in this game: time ran out." : "Not that late.",
      },
      correct,
    };
  },
};
