/**
 * The arena's socket events (docs/bot-api.md, "The arena"): only Bot API sockets may send them.
 * Unknown scenarios are refused by the use case (UNKNOWN_SCENARIO), not by the schema.
 */
import { z } from "zod";
import type { Ack, SeatGrant } from "./events";

export const arenaJoinSchema = z
  .object({
    scenarios: z
      .array(z.string().min(1).max(32))
      .min(1, "Name 1 to 8 scenarios")
      .max(8, "Name 1 to 8 scenarios")
      .refine((ids) => new Set(ids).size === ids.length, "Name each scenario once"),
  })
  .strict();
export const arenaLeaveSchema = z.object({}).strict();

export type ArenaJoinPayload = z.input<typeof arenaJoinSchema>;
export type ArenaLeavePayload = z.input<typeof arenaLeaveSchema>;

/**
 * The server seated the bot in a match: its socket already holds `seat` (snapshots follow). No
 * join code: nobody may join an arena match.
 */
export interface ArenaMatchNotice extends Omit<SeatGrant, "code"> {
  /** Equal to `gameId`: the match is stored as that game. */
  matchId: string;
  scenario: string;
  /** Which night of its cycle (0-based; the pages show night + 1). */
  night: number;
}

export interface ArenaClientEvents {
  "arena:join": (payload: ArenaJoinPayload, ack?: (res: Ack<{ scenarios: string[] }>) => void) => void;
  "arena:leave": (payload: ArenaLeavePayload, ack?: (res: Ack) => void) => void;
}

export interface ArenaServerEvents {
  "arena:match": (match: ArenaMatchNotice) => void;
}
