/** FLP in a class: how long each group kept the run bivalent, and the host's own round. */
import { FLP_STRATEGY_DESCRIPTIONS, SCHEDULER_STRATEGIES } from "@/server/engine/flp/strategies";
import { customRoundUi, type ClassUi, type CustomRoundSpec } from "../classUi";
import { FlpRoundFields } from "./lazy";

export interface FlpRoundChoices {
  target: number;
}

const Nothing = () => null;

export const classroom: ClassUi = {
  outcomeWords: { success: "Kept open", neither: "Decided", unsafe: "Disagreed" },
  badge: "bg-rose-100 text-rose-900",
  figure: { title: "Steps kept bivalent", note: "How long each group kept both decisions reachable.", column: "Bivalent steps", of: (m) => m.depth },
  tiles: () => [],
  sideChart: { title: "Outcomes", note: "", Chart: Nothing },
  Debrief: Nothing,
  customRound: customRoundUi<FlpRoundChoices>({
    defaults: { target: 25 },
    Fields: FlpRoundFields,
    seats: () => ["adversary"],
    botStrategies: SCHEDULER_STRATEGIES.map((s) => ({ value: s, label: s, blurb: FLP_STRATEGY_DESCRIPTIONS[s] ?? "" })),
    defaultBot: "proof",
    allStudents: "every scheduler a student",
    toSpec: ({ target }): CustomRoundSpec => ({ params: { mode: "scheduler", protocol: "majority-lock", target }, bots: { p1: "protocol", p2: "protocol", p3: "protocol" } }),
  }),
};
