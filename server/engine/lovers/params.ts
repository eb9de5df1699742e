import { z } from "zod";

/** Noon to midnight: the night has twelve game hours, and an SMS takes one. */
export const NIGHT_HOURS = 12;

/** The parameters of a Two Insecure Lovers game. */
export const loversParamsSchema = z
  .object({
    /** p: the chance an SMS is lost, as announced to both lovers. */
    lossProbability: z.number().min(0).max(0.9).default(0.3),
    /**
     * The "lucky night": nothing is actually lost, but the lovers are told only the announced p.
     * Revealed after midnight.
     */
    luckyNight: z.boolean().default(false),
  })
  .strict();

export type LoversParams = z.output<typeof loversParamsSchema>;
export type LoversParamsInput = z.input<typeof loversParamsSchema>;
