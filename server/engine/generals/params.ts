import { z } from "zod";

/** Who plays the Enemy in the valley. With "none", messengers are lost by chance (p). */
export const ENEMY_MODES = ["none", "bot", "human"] as const;
export type EnemyMode = (typeof ENEMY_MODES)[number];

/** The parameters of a Two Generals game, as announced to every seat. */
export const generalsParamsSchema = z
  .object({
    /** p: the chance that a messenger is captured, when there is no Enemy seat. */
    captureProbability: z.number().min(0).max(0.95).default(0.2),
    /** d: ticks a messenger needs to cross the valley. */
    crossingTicks: z.number().int().min(1).max(10).default(2),
    /** T: the tick at which dawn breaks and the game ends. */
    dawnTick: z.number().int().min(3).max(200).default(20),
    enemy: z.enum(ENEMY_MODES).default("none"),
  })
  .strict();

export type GeneralsParams = z.output<typeof generalsParamsSchema>;
export type GeneralsParamsInput = z.input<typeof generalsParamsSchema>;

export const DEFAULT_GENERALS_PARAMS: GeneralsParams = generalsParamsSchema.parse({});
