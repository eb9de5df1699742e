import { z } from "zod";
import { ADVERSARY_MODES, DETECTOR_CLASSES, DETECTOR_NAMES, weaklyComplete } from "./terms";

// The zod-free vocabulary lives in terms.ts (the browser's bundles import it); kept reachable from here.
export { ADVERSARY_MODES, coordinatorOf, DETECTOR_CLASSES, DETECTOR_NAMES, majority, processSeat, relayPeriod, relaysSuspicions, seatProcess, weaklyComplete, type DetectorClass } from "./terms";

const bit = z.union([z.literal(0), z.literal(1)]);

/** The parameters of a consensus run, as announced (the processes are not told GST). */
export const consensusParamsSchema = z
  .object({
    /** Number of processes, numbered 1..n. */
    n: z.number().int().min(3).max(7).default(5),
    /** Input bits, one per process; drawn from the seed when absent. */
    inputs: z.array(bit).min(3).max(7).optional(),
    detector: z.enum(DETECTOR_CLASSES).default("ES"),
    /** Global stabilization time: from this tick on, the class's eventual accuracy holds. */
    gst: z.number().int().min(0).max(500).default(20),
    /** Δ: the network delays each message 1..Δ ticks; an adversary may hold one until max(sent, GST) + Δ. */
    maxDelay: z.number().int().min(1).max(10).default(3),
    /** Before GST, the seeded detector's chance per process per tick of a new false suspicion. */
    mistakeRate: z.number().min(0).max(1).default(0.15),
    /** Crashes at fixed ticks (from tick 1: the clock first runs then): { process, tick }. */
    crashes: z.array(z.object({ process: z.number().int().min(1).max(7), tick: z.number().int().min(1).max(1000) }).strict()).max(3).default([]),
    /** At most this many processes may crash in all (scheduled and by the adversary); f < n/2. */
    f: z.number().int().min(0).max(3).default(1),
    /** The run stops here if some correct process is still undecided. */
    maxTicks: z.number().int().min(10).max(1000).default(150),
    /** Who schedules the network, the detector's mistakes and the crashes beyond the schedule. */
    adversary: z.enum(ADVERSARY_MODES).default("none"),
    /** Lets a human coordinator suggest any value, to break agreement on purpose. */
    sandbox: z.boolean().default(false),
    /**
     * W and ◇W only: the weak→strong completeness layer (every process relays its suspect list to
     * all). On by default for W and ◇W; refused for the classes that are strongly complete already.
     */
    strongCompleteness: z.boolean().optional(),
  })
  .strict()
  .superRefine((p, ctx) => {
    if (p.strongCompleteness && !weaklyComplete(p.detector)) ctx.addIssue({ code: "custom", path: ["strongCompleteness"], message: `${DETECTOR_NAMES[p.detector]} is strongly complete already: the relay layer is for W and ◇W` });
    if (p.inputs && p.inputs.length !== p.n) ctx.addIssue({ code: "custom", path: ["inputs"], message: `Give exactly n = ${p.n} input bits` });
    if (2 * p.f >= p.n) ctx.addIssue({ code: "custom", path: ["f"], message: `f must be below n/2 (n = ${p.n})` });
    if (p.crashes.length > p.f) ctx.addIssue({ code: "custom", path: ["crashes"], message: "More scheduled crashes than f allows" });
    const crashed = new Set(p.crashes.map((c) => c.process));
    if (crashed.size !== p.crashes.length) ctx.addIssue({ code: "custom", path: ["crashes"], message: "A process can crash only once" });
    if (p.crashes.some((c) => c.process > p.n)) ctx.addIssue({ code: "custom", path: ["crashes"], message: `Processes are numbered 1 to ${p.n}` });
  })
  // W and ◇W get the layer unless told otherwise; the other classes never carry the field.
  .transform((p) => (weaklyComplete(p.detector) && p.strongCompleteness === undefined ? { ...p, strongCompleteness: true } : p));

export type ConsensusParams = z.output<typeof consensusParamsSchema>;
export type ConsensusParamsInput = z.input<typeof consensusParamsSchema>;
