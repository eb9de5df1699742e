import { z } from "zod";
import { ADVERSARY_STRATEGIES } from "./strategies";
import { BENOR_SIZES } from "./terms";

const bit = z.union([z.literal(0), z.literal(1)]);

/** The parameters of a Ben-Or game: all announced to the adversary; a process is told n and f. */
export const benorParamsSchema = z
  .object({
    /** Processes p1..pn. */
    n: z.union([z.literal(BENOR_SIZES[0]), z.literal(BENOR_SIZES[1])]).default(3),
    /** At most f crashes, f < n/2. */
    f: z.number().int().min(0).max(2).default(1),
    /** The inputs; when absent, drawn from the seed. */
    inputs: z.array(bit).min(3).max(5).optional(),
    /** Fairness, in adversary steps: once the oldest message to a live process has waited this long, it must be delivered next (or its receiver crashed). Absent: 3n². */
    bound: z.number().int().min(3).max(200).optional(),
    /** Watch a bot adversary (`bot`) play, one move a tick: the seat's own moves are refused and it scores nothing. */
    watch: z.boolean().default(false),
    /** The adversary bot a watched game shows. */
    bot: z.enum(ADVERSARY_STRATEGIES).default("splitter"),
    /** Ticks without a move after which the network delivers the oldest message itself (0: never). */
    patience: z.number().int().min(0).max(60).default(5),
    /** The game ends here (ticks of the room's clock) if it has not ended before. */
    maxTicks: z.number().int().min(10).max(3600).default(600),
  })
  .strict()
  .refine((p) => 2 * p.f < p.n, { message: "f must be less than n/2", path: ["f"] })
  .refine((p) => !p.inputs || p.inputs.length === p.n, { message: "one input per process", path: ["inputs"] });

export type BenorParams = z.output<typeof benorParamsSchema>;
export type BenorParamsInput = z.input<typeof benorParamsSchema>;
