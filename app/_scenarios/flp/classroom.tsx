/** FLP in a class: how long each group kept the run bivalent, what the class saw in FLP's terms, and the host's own round. */
import { FLP_STRATEGY_DESCRIPTIONS, SCHEDULER_STRATEGIES } from "@/server/engine/flp/strategies";
import type { FlpMode, FlpProtocolId } from "@/server/engine/flp/terms";
import { formatMean } from "@/app/class/_ui/aggregate";
import { customRoundUi, type ClassUi, type CustomRoundSpec } from "../classUi";
import { BivalentBySchedulerChart, FlpClassDebrief, FlpRoundFields } from "./lazy";

/** The host's choices: the scheduler's game or the Lemma 1 puzzle, the protocol, and (for the scheduler) the target, the fairness bound and the crash. */
export interface FlpRoundChoices {
  mode: FlpMode;
  protocol: FlpProtocolId;
  target: number;
  bound: number;
  crash: boolean;
}

const PROCESS_BOTS = { p1: "protocol", p2: "protocol", p3: "protocol" };

export const classroom: ClassUi = {
  outcomeWords: { success: "Kept open", neither: "Decided / missed", unsafe: "Disagreed" },
  badge: "bg-rose-100 text-rose-900",
  figure: {
    title: "Steps kept bivalent",
    note: "Games per number of fair steps the scheduler kept both decisions reachable (across). The puzzle and watched runs have none.",
    column: "Bivalent steps",
    of: (m) => m.depth,
  },
  tiles: (t) => [
    { label: "mean bivalent steps", value: formatMean(t.meanDepth) },
    { label: "runs checked fair", value: t.verdicts === 0 ? "–" : `${t.verdictsOk} / ${t.verdicts}` },
  ],
  sideChart: {
    title: "Students against the proof's adversary",
    note: "Mean and longest bivalent run per scheduler: the students, and any bot that scheduled (the proof's own strategy keeps a safe protocol open).",
    Chart: BivalentBySchedulerChart,
  },
  Debrief: FlpClassDebrief,
  customRound: customRoundUi<FlpRoundChoices>({
    defaults: { mode: "scheduler", protocol: "majority-lock", target: 25, bound: 6, crash: true },
    Fields: FlpRoundFields,
    seats: () => ["adversary"],
    botStrategies: SCHEDULER_STRATEGIES.map((s) => ({ value: s, label: s, blurb: FLP_STRATEGY_DESCRIPTIONS[s] ?? "" })),
    defaultBot: "proof",
    allStudents: "every scheduler a student",
    toSpec: ({ mode, protocol, target, bound, crash }): CustomRoundSpec =>
      mode === "puzzle" ? { params: { mode, protocol }, bots: {} } : { params: { mode, protocol, target, bound, crash }, bots: { ...PROCESS_BOTS } },
  }),
};
