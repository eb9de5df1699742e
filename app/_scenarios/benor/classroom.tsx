/** Ben-Or in a class: rounds to decide per group, and the host's own round (each group the adversary of n bot processes). */
import { ADVERSARY_STRATEGIES, BENOR_STRATEGY_DESCRIPTIONS } from "@/server/engine/benor/strategies";
import { processSeat } from "@/server/engine/benor/terms";
import { formatMean } from "@/app/class/_ui/aggregate";
import { customRoundUi, type ClassUi, type CustomRoundSpec } from "../classUi";
import { BenorRoundFields } from "./lazy";

/** The host's choices: three or five processes (one crash allowed either way). */
export interface BenorRoundChoices {
  n: 3 | 5;
}

const Nothing = () => null;

export const classroom: ClassUi = {
  outcomeWords: { success: "All decided", neither: "Undecided at time-up", unsafe: "Unsafe" },
  badge: "bg-amber-100 text-amber-900",
  figure: {
    title: "Rounds to decide",
    note: "Runs per round of the last decision (across): how long each group's adversary held the coins off.",
    column: "Round decided",
    of: (m) => m.roundsToDecide,
  },
  tiles: (t) => [{ label: "rounds to decide", value: formatMean(t.meanRounds) }],
  sideChart: { title: "Outcomes", note: "", Chart: Nothing },
  Debrief: Nothing,
  customRound: customRoundUi<BenorRoundChoices>({
    defaults: { n: 3 },
    Fields: BenorRoundFields,
    seats: () => ["adversary"],
    botStrategies: ADVERSARY_STRATEGIES.map((s) => ({ value: s, label: s, blurb: BENOR_STRATEGY_DESCRIPTIONS[s] ?? "" })),
    defaultBot: "splitter",
    allStudents: "every adversary a student",
    toSpec: ({ n }): CustomRoundSpec => ({
      params: { n, f: 1, maxTicks: 300 },
      bots: Object.fromEntries(Array.from({ length: n }, (_, pid) => [processSeat(pid), "protocol"])),
    }),
  }),
};
