/**
 * Falcon in a class: each group's kept timeout against what it got, beside the bots on the same
 * faults; the debrief that names each group's poison; the host's own round (each group the
 * operator against a chaos bot on the same fault timeline); near-real-time paces.
 */
import { CLASS_FAULT_SEED } from "@/server/engine/falcon/classPresets";
import { FALCON_STRATEGY_DESCRIPTIONS, OPERATOR_STRATEGIES } from "@/server/engine/falcon/strategies";
import { customRoundUi, type ClassUi, type CustomRoundSpec } from "../classUi";
import { detailOf, seconds } from "./classRows";
import { FalconClassDebrief, FalconRoundFields, TimeoutChart } from "./lazy";

export interface FalconRoundChoices {
  lengthMs: number;
  timeoutMs: number;
}

/** Every group of a custom round meets the same faults as the preset's (params faultSeed). */
export const CUSTOM_FAULT_SEED = CLASS_FAULT_SEED;

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

export const classroom: ClassUi = {
  outcomeWords: { success: "Clean", neither: "Slow detection", unsafe: "Lost accuracy or intrusive" },
  badge: "bg-sky-100 text-sky-900",
  figure: {
    title: "Mean detection time",
    note: "Groups per mean detection time, in seconds rounded up (across), on the same faults: 1 means within a second.",
    column: "Mean detection (s, rounded up)",
    // Whole seconds, not milliseconds: the histogram has a column per value. Rounded up, so that 0 never reads as instant.
    of: (m) => (m.depth === null ? null : Math.ceil(m.depth / 1000)),
  },
  countsMessages: false,
  tiles: (t, metrics) => {
    const details = metrics.flatMap((m) => detailOf(m) ?? []);
    return [
      { label: "mean detection", value: t.meanDepth === null ? "–" : seconds(t.meanDepth) },
      { label: "false suspicions / unnecessary kills", value: `${sum(details.map((d) => d.falseSuspicions))} / ${sum(details.map((d) => d.unnecessaryKills))}` },
    ];
  },
  sideChart: {
    title: "Timeouts and their poisons",
    note: "Each group's timeout (the one it kept longest), shortest first, against what it got: mean detection time, false suspicions, unnecessary kills, spy cost. Below, the bots on the same faults.",
    Chart: TimeoutChart,
  },
  Debrief: FalconClassDebrief,
  customRound: customRoundUi<FalconRoundChoices>({
    defaults: { lengthMs: 60_000, timeoutMs: 2_000 },
    Fields: FalconRoundFields,
    seats: () => ["operator"],
    botStrategies: OPERATOR_STRATEGIES.map((s) => ({ value: s, label: s, blurb: FALCON_STRATEGY_DESCRIPTIONS[s] ?? "" })),
    defaultBot: "falcon",
    allStudents: "every operator a student",
    toSpec: ({ lengthMs, timeoutMs }): CustomRoundSpec => ({ params: { lengthMs, timeoutMs, faultSeed: CUSTOM_FAULT_SEED }, bots: { chaos: "random" } }),
  }),
  // A tick is 100 ms of simulated time: at 100 ms a tick the round runs in real time.
  paces: {
    list: [
      { ms: 50, label: "Double speed (0.05 s a tick)" },
      { ms: 100, label: "Real time (0.1 s a tick)" },
      { ms: 200, label: "Half speed (0.2 s a tick)" },
    ],
    defaultMs: 100,
  },
};
