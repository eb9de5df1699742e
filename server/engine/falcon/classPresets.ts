/** Ready-made class rounds of this scenario (server/classroom/presets.ts gathers every scenario's). */
import type { ClassRoundPreset } from "../scenarioContent";

/**
 * The round's fault timeline's seed: every group meets the same faults (params.ts faultSeed).
 * Chosen for its mix (with the random chaos bot, a minute: a VM stop, a 2.4 s pause, a hang, a
 * 6.8 s partition), so each poison has its fault: a timeout under the pause suspects a live
 * service, one under the partition kills it, one above both detects the failures late, and
 * Falcon's spies pick none (classes.test.ts).
 */
export const CLASS_FAULT_SEED = 0x0fa1c0f2;

export const FALCON_CLASS_PRESETS: readonly ClassRoundPreset[] = [
  {
    id: "falcon-same-faults",
    title: "Falcon: kill it or wait?",
    blurb: "Every group is the operator of the same service, on the same fault timeline (crashes, hangs, pauses, partitions): compare the timeouts you chose, and what each one cost, against Falcon's spies.",
    params: { lengthMs: 60_000, faultSeed: CLASS_FAULT_SEED },
    studentSeats: ["operator"],
    bots: { operator: "falcon", chaos: "random" },
    tickMs: 100,
  },
];
