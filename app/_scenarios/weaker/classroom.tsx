/** Weaker agreement in a class: distinct decisions per group, and the host's own round (each group the adversary of n bot processes). */
import { ADVERSARY_STRATEGIES, WEAKER_STRATEGY_DESCRIPTIONS } from "@/server/engine/weaker/strategies";
import { processSeat } from "@/server/engine/weaker/terms";
import { customRoundUi, type ClassUi, type CustomRoundSpec } from "../classUi";
import { WeakerRoundFields } from "./lazy";

/** The host's choices: which problem, as a ready setting. */
export interface WeakerRoundChoices {
  setting: "kset-wall" | "kset-two" | "epsilon";
}

export const WEAKER_ROUND_SETTINGS: Record<WeakerRoundChoices["setting"], { label: string; params: Record<string, unknown> }> = {
  "kset-wall": { label: "k-set, k = 1 (consensus), 3 processes, 1 crash: FLP's wall", params: { problem: "kset", n: 3, k: 1, f: 1, maxTicks: 300 } },
  "kset-two": { label: "2-set, 4 processes, 1 crash: always solvable", params: { problem: "kset", n: 4, k: 2, f: 1, maxTicks: 300 } },
  epsilon: { label: "ε-agreement, ε = 10 over 0–100, 3 processes, 1 crash", params: { problem: "epsilon", n: 3, f: 1, epsilon: 10, maxTicks: 300 } },
};

const Nothing = () => null;

export const classroom: ClassUi = {
  outcomeWords: { success: "All decided", neither: "Blocked or undecided", unsafe: "Rules broken" },
  badge: "bg-teal-100 text-teal-900",
  figure: {
    title: "Distinct decisions",
    note: "Runs per number of distinct values decided (k-set): how far each group's adversary pushed them apart.",
    column: "Distinct decisions",
    of: (m) => m.depth,
  },
  tiles: () => [],
  sideChart: { title: "Outcomes", note: "", Chart: Nothing },
  Debrief: Nothing,
  customRound: customRoundUi<WeakerRoundChoices>({
    defaults: { setting: "kset-two" },
    Fields: WeakerRoundFields,
    seats: () => ["adversary"],
    // A strategy of the other problem plays that problem's own (blocker on ε is the spreader).
    botStrategies: ADVERSARY_STRATEGIES.map((s) => ({ value: s, label: s, blurb: WEAKER_STRATEGY_DESCRIPTIONS[s] ?? "" })),
    defaultBot: "blocker",
    allStudents: "every adversary a student",
    toSpec: ({ setting }): CustomRoundSpec => {
      const params = WEAKER_ROUND_SETTINGS[setting].params;
      const n = params.n as number;
      return { params, bots: Object.fromEntries(Array.from({ length: n }, (_, pid) => [processSeat(pid), "protocol"])) };
    },
  }),
};
