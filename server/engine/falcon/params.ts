import { z } from "zod";
import { CHAOS_STRATEGIES } from "./strategies";
import { FAULT_KINDS, LAYERS, TICK_MS } from "./types";

const ms = (min: number, max: number) => z.number().int().min(min).max(max).multipleOf(TICK_MS);

/**
 * The parameters of a Falcon game, flat. Times are simulated milliseconds, multiples of TICK_MS.
 * The operator is told the service's and the network's (disclosure.ts); chaos is told everything.
 */
export const falconParamsSchema = z
  .object({
    /** The game's length. */
    lengthMs: ms(5_000, 600_000).default(60_000),
    /** The app sends a heartbeat every heartbeatMs (at heartbeatMs, 2·heartbeatMs, …). */
    heartbeatMs: ms(100, 5_000).default(500),
    /** The operator's end-to-end timeout at the start. */
    timeoutMs: ms(100, 60_000).default(2_000),
    /** The layers with a spy deployed (the others' queries are refused; kills need no spy). */
    spies: z.array(z.enum(LAYERS)).max(4).default([...LAYERS]),
    /** The network's one-way delay: 5 ms + a lognormal with this median (ms) and σ (delays.ts). */
    netMedianMs: z.number().min(1).max(1_000).default(40),
    netSigma: z.number().min(0).max(2).default(1),
    /** A seat plays chaos (true), or the fault timeline is drawn from the seed by `chaosBot` and the chaos seat watches (false). */
    chaosPlays: z.boolean().default(false),
    chaosBot: z.enum(CHAOS_STRATEGIES).default("random"),
    /** Seeded mode: draw the fault timeline from this seed instead of the game's (a class round gives every group the same faults; each group's network and spies still follow its own seed). */
    faultSeed: z.number().int().min(0).max(0xffffffff).optional(),
    /** The fault kinds chaos may use. */
    kinds: z.array(z.enum(FAULT_KINDS)).min(1).max(6).default([...FAULT_KINDS]),
    /** How many faults chaos may inject. */
    budget: z.number().int().min(0).max(20).default(4),
    /** No fault starts at or after horizonMs. Absent: 15 s before the end, or half-way in a game under 30 s. */
    horizonMs: ms(0, 600_000).optional(),
    /** The longest pause a "slow" fault may last. Falcon's fallback timeout (10 s) is longer: a pause it outwaits. */
    maxPauseMs: ms(500, 8_000).default(4_000),
    /** The longest partition. */
    maxPartitionMs: ms(1_000, 30_000).default(12_000),
  })
  .strict()
  .transform((p) => ({ ...p, horizonMs: p.horizonMs ?? Math.max(Math.floor(p.lengthMs / 2 / TICK_MS) * TICK_MS, p.lengthMs - 15_000) }))
  .refine((p) => p.horizonMs <= p.lengthMs, { message: "the horizon must be within the game", path: ["horizonMs"] })
  .refine((p) => new Set(p.spies).size === p.spies.length && new Set(p.kinds).size === p.kinds.length, { message: "no layer or kind twice", path: ["spies"] });

export type FalconParams = z.output<typeof falconParamsSchema>;
export type FalconParamsInput = z.input<typeof falconParamsSchema>;

/** The longest and shortest durations of a temporary fault of each kind. */
export function durationRange(params: FalconParams, kind: "slow" | "partition"): [number, number] {
  return kind === "slow" ? [500, params.maxPauseMs] : [1_000, params.maxPartitionMs];
}
