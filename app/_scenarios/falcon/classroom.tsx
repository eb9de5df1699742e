/** Falcon in a class: mean detection time per group, and the host's own round (each group the operator against a chaos bot on the same fault timeline). */
import { FALCON_STRATEGY_DESCRIPTIONS, OPERATOR_STRATEGIES } from "@/server/engine/falcon/strategies";
import { customRoundUi, type ClassUi, type CustomRoundSpec } from "../classUi";
import { FalconRoundFields } from "./lazy";

export interface FalconRoundChoices {
  lengthMs: number;
  timeoutMs: number;
}

/** Every group of a custom round meets the same faults (params faultSeed). */
export const CUSTOM_FAULT_SEED = 0x0fa1c0de;

const Nothing = () => null;

export const classroom: ClassUi = {
  outcomeWords: { success: "Clean", neither: "Slow detection", unsafe: "Lost accuracy or intrusive" },
  badge: "bg-sky-100 text-sky-900",
  figure: {
    title: "Mean detection time",
    note: "Groups per mean detection time in ms (across): the timeout each group chose, on the same faults.",
    column: "Mean detection (ms)",
    of: (m) => m.depth,
  },
  tiles: () => [],
  sideChart: { title: "Outcomes", note: "", Chart: Nothing },
  Debrief: Nothing,
  customRound: customRoundUi<FalconRoundChoices>({
    defaults: { lengthMs: 60_000, timeoutMs: 2_000 },
    Fields: FalconRoundFields,
    seats: () => ["operator"],
    botStrategies: OPERATOR_STRATEGIES.map((s) => ({ value: s, label: s, blurb: FALCON_STRATEGY_DESCRIPTIONS[s] ?? "" })),
    defaultBot: "falcon",
    allStudents: "every operator a student",
    toSpec: ({ lengthMs, timeoutMs }): CustomRoundSpec => ({ params: { lengthMs, timeoutMs, faultSeed: CUSTOM_FAULT_SEED }, bots: { chaos: "random" } }),
  }),
};
