/**
 * The allow-list of a seat's snapshot for the hidden-information tests: exactly the fields
 * docs/protocol.md gives a snapshot, nothing more (`.strict()` everywhere). Each test passes what
 * its scenario adds: the seat, the announced parameters, and its own checks of `view`.
 */
import { z } from "zod";

/** A `seats` entry: `present` only on a friend game's human seats, `botId` only on a Bot API bot's. */
export function seatInfoSchema(seat: z.ZodType<string> = z.string()) {
  return z.object({ seat, kind: z.enum(["human", "bot"]), name: z.string().nullable(), present: z.boolean().optional(), botId: z.string().optional() }).strict();
}

const seatGrant = z.object({ gameId: z.string(), code: z.string(), seat: z.string(), seatToken: z.string() }).strict();

/** A friend game's rematch, in its finished snapshots only. */
export const rematchSchema = z.discriminatedUnion("status", [
  z.object({ status: z.literal("open") }).strict(),
  z.object({ status: z.literal("asked"), askedBy: z.array(z.string()), lapsesAt: z.number() }).strict(),
  z.object({ status: z.literal("lapsed") }).strict(),
  z.object({ status: z.literal("ready"), next: seatGrant }).strict(),
]);

export interface SnapshotSchemaOptions {
  scenario: string;
  seat: z.ZodType<string>;
  seatName?: z.ZodType<string>;
  announced: z.ZodType<unknown>;
  seq?: z.ZodType<number>;
  tickMs?: z.ZodType<number>;
}

export function snapshotSchema(o: SnapshotSchemaOptions) {
  return z
    .object({
      gameId: z.string(),
      code: z.string(),
      scenario: z.literal(o.scenario),
      seat: o.seat,
      seq: o.seq ?? z.number(),
      status: z.enum(["waiting", "starting", "running", "finished"]),
      tickMs: o.tickMs ?? z.number(),
      seats: z.array(seatInfoSchema(o.seatName)),
      view: z.unknown(),
      announced: o.announced.optional(),
      startsAt: z.number().optional(),
      saved: z.boolean().optional(),
      rematch: rematchSchema.optional(),
    })
    .strict();
}
