import { z } from "zod";

// Kept reachable from here; its own module is zod-free, for the browser's bundles.
export { NIGHT_HOURS } from "./night";

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
