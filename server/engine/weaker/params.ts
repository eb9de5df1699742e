import { z } from "zod";
import { ADVERSARY_STRATEGIES, PROBLEM_STRATEGIES } from "./strategies";
import { WEAKER_MAX_N, WEAKER_MIN_N, WEAKER_PROBLEMS, roundsFor } from "./terms";

/** The most rounds of halving an ε game may need (a game must stay playable). */
export const MAX_EPSILON_ROUNDS = 8;

/**
 * The parameters of a weaker-agreement game: all announced to the adversary; a process is told
 * the problem, n, f and (k-set) k or (ε) ε and the range.
 */
export const weakerParamsSchema = z
  .object({
    /** k-set agreement or ε-agreement. */
    problem: z.enum(WEAKER_PROBLEMS).default("kset"),
    /** Processes p1..pn. */
    n: z.number().int().min(WEAKER_MIN_N).max(WEAKER_MAX_N).default(3),
    /** k-set: the chosen processes p1..pk, and the most distinct decisions allowed. */
    k: z.number().int().min(1).max(WEAKER_MAX_N).default(2),
    /** At most f crashes (k-set: f < n; ε: f < n/2). */
    f: z.number().int().min(0).max(WEAKER_MAX_N - 1).default(1),
    /** ε: how far apart decisions may be. */
    epsilon: z.number().min(0.01).max(1000).default(10),
    /** ε: the input range every process knows. */
    lo: z.number().min(-1000).max(1000).default(0),
    hi: z.number().min(-1000).max(1000).default(100),
    /** The inputs (k-set: integers 0–99; ε: numbers in [lo, hi]); when absent, drawn from the seed. */
    inputs: z.array(z.number().finite()).min(WEAKER_MIN_N).max(WEAKER_MAX_N).optional(),
    /** Fairness, in adversary steps: once the oldest obligation (a message to a live process, or a chosen process's step) has waited this long, it must be served next (or its process crashed). Absent: 3n². */
    bound: z.number().int().min(3).max(200).optional(),
    /** Watch a bot adversary (`bot`) play, one move a tick: the seat's own moves are refused and it scores nothing. */
    watch: z.boolean().default(false),
    /** The adversary bot a watched game shows; absent: the problem's first ("blocker" or "spreader"). */
    bot: z.enum(ADVERSARY_STRATEGIES).optional(),
    /** Ticks without a move after which the network serves the oldest obligation itself (0: never). */
    patience: z.number().int().min(0).max(60).default(5),
    /** The game ends here (ticks of the room's clock) if it has not ended before. */
    maxTicks: z.number().int().min(10).max(3600).default(600),
  })
  .strict()
  .refine((p) => p.problem !== "kset" || p.k <= p.n, { message: "k must be at most n", path: ["k"] })
  .refine((p) => (p.problem === "kset" ? p.f < p.n : 2 * p.f < p.n), { message: "f must be less than n (k-set) or n/2 (ε-agreement)", path: ["f"] })
  .refine((p) => p.lo <= p.hi, { message: "lo must be at most hi", path: ["hi"] })
  .refine((p) => p.problem !== "epsilon" || p.hi - p.lo > p.epsilon, { message: "ε must be less than hi − lo (else there is nothing to agree)", path: ["epsilon"] })
  .refine((p) => p.problem !== "epsilon" || roundsFor(p.lo, p.hi, p.epsilon) <= MAX_EPSILON_ROUNDS, { message: `ε must be at least (hi − lo)/2^${MAX_EPSILON_ROUNDS}`, path: ["epsilon"] })
  .refine((p) => !p.inputs || p.inputs.length === p.n, { message: "one input per process", path: ["inputs"] })
  // zod runs refinements even on values that failed their own checks: look before reading.
  .refine((p) => !Array.isArray(p.inputs) || (p.problem === "kset" ? p.inputs.every((v) => Number.isInteger(v) && v >= 0 && v <= 99) : p.inputs.every((v) => typeof v === "number" && v >= p.lo && v <= p.hi)), {
    message: "k-set inputs are integers 0–99; ε inputs lie in [lo, hi]",
    path: ["inputs"],
  })
  .refine((p) => !p.bot || (PROBLEM_STRATEGIES[p.problem] ?? []).includes(p.bot), { message: "that bot plays the other problem", path: ["bot"] });

export type WeakerParams = z.output<typeof weakerParamsSchema>;
export type WeakerParamsInput = z.input<typeof weakerParamsSchema>;
