import { z } from "zod";
import { FLP_MODES, FLP_PROTOCOL_IDS } from "./terms";

export { FLP_MODES, FLP_PROTOCOL_IDS, type FlpMode, type FlpProtocolId } from "./terms";

const bit = z.union([z.literal(0), z.literal(1)]);

/** The parameters of an FLP game: all announced to the scheduler; a process is told only n and the protocol. */
export const flpParamsSchema = z
  .object({
    mode: z.enum(FLP_MODES).default("scheduler"),
    protocol: z.enum(FLP_PROTOCOL_IDS).default("majority-lock"),
    /** Processes p1..pn (n = 3: every reachable configuration is searched exactly). */
    n: z.literal(3).default(3),
    /** The scheduler's initial configuration; when absent, a bivalent one drawn from the seed (if the protocol has one). */
    inputs: z.array(bit).length(3).optional(),
    /** The scheduler wins by keeping the run bivalent for this many steps. */
    target: z.number().int().min(5).max(1000).default(30),
    /** Fairness: once an obligation (a process's turn, a message's delivery) is this many steps old, it must be served next. */
    bound: z.number().int().min(3).max(50).default(6),
    /** Whether the scheduler may crash one process (it then takes no more steps). */
    crash: z.boolean().default(true),
    /** Watch the proof's own adversary schedule, one step a tick: the seat only watches (its moves are refused) and scores nothing. */
    watch: z.boolean().default(false),
    /** Points a hint (the valency each next step leads to) costs. */
    hintCost: z.number().int().min(0).max(20).default(2),
    /** The game ends here (ticks of the room's clock) if it has not ended before. */
    maxTicks: z.number().int().min(10).max(3600).default(900),
  })
  .strict();

export type FlpParams = z.output<typeof flpParamsSchema>;
export type FlpParamsInput = z.input<typeof flpParamsSchema>;
