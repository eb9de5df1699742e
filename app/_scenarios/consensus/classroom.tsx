/** Consensus in a class: rounds to decide, the checker's verdicts, and the host's own round. */
import { CONSENSUS_STRATEGY_DESCRIPTIONS, PROCESS_STRATEGIES } from "@/server/engine/consensus/strategies";
import { processSeat, type DetectorClass } from "@/server/engine/consensus/terms";
import { formatMean } from "@/app/class/_ui/aggregate";
import { CheckerNote, ConsensusRoundFields, VerdictPie } from "./lazy";
import { customRoundUi, type ClassUi, type CustomRoundSpec } from "../classUi";

/** The host's choices: how many processes, the failure detector, GST and the adversary. */
export interface ConsensusRoundChoices {
  n: number;
  detector: DetectorClass;
  gst: number;
  adversary: "none" | "random" | "stubborn";
}

export const classroom: ClassUi = {
  outcomeWords: { success: "Decided safely", neither: "Undecided", unsafe: "Unsafe" },
  badge: "bg-violet-100 text-violet-900",
  figure: {
    title: "Rounds to decide",
    note: "Runs per protocol round of the last decision (across), when every correct process decided.",
    column: "Round decided",
    of: (m) => m.roundsToDecide,
  },
  tiles: (t) => [
    { label: "rounds to decide", value: formatMean(t.meanRounds) },
    { label: "verdicts passed", value: `${t.verdictsOk} / ${t.verdicts}` },
  ],
  sideChart: { title: "The checker's verdicts", note: "Agreement, validity, integrity and termination, checked on every run.", Chart: VerdictPie },
  Debrief: CheckerNote,
  customRound: customRoundUi<ConsensusRoundChoices>({
    defaults: { n: 5, detector: "ES", gst: 15, adversary: "none" },
    Fields: ConsensusRoundFields,
    seats: ({ n }) => Array.from({ length: n }, (_, i) => processSeat(i + 1)),
    botStrategies: PROCESS_STRATEGIES.map((s) => ({ value: s, label: s, blurb: CONSENSUS_STRATEGY_DESCRIPTIONS[s] ?? "" })),
    defaultBot: PROCESS_STRATEGIES[0],
    allStudents: "every process a student",
    toSpec: ({ n, detector, gst, adversary }): CustomRoundSpec => {
      const f = Math.floor((n - 1) / 2) >= 1 ? 1 : 0;
      if (adversary === "none") return { params: { n, detector, gst, f, adversary: "none" }, bots: {} };
      return { params: { n, detector, gst, f, adversary: "bot" }, bots: { adversary } };
    },
  }),
};
