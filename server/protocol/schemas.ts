/**
 * zod schemas for every inbound payload. Objects are strict (unknown keys are refused) and
 * every string has a length bound, so nothing oversized or unexpected reaches a room.
 */
import { z } from "zod";
import { isOffensiveName } from "../names/offensive";
import { skinSchema } from "./skins";
import { JOIN_CODE_MESSAGE, JOIN_CODE_PATTERN, MAX_NICKNAME, NICKNAME_MESSAGES, NICKNAME_PATTERN } from "./names";

export { JOIN_CODE_ALPHABET, MAX_NICKNAME } from "./names";

/** Marks the zod issue of an offensive name, so the edge answers `NICKNAME_REFUSED`, not `BAD_PAYLOAD`. */
const NAME_REFUSED = { refusedName: true } as const;

/**
 * A string that others will read (nickname, session title): the one offensive-name check runs
 * here, so every schema through which a name enters has it.
 */
export const notOffensive = <S extends z.ZodType<string, string>>(schema: S, what: string) =>
  schema.refine((name) => !isOffensiveName(name), { message: `Please choose another ${what}.`, params: NAME_REFUSED });

/** The refusal message if the only problems with a payload are offensive names, else null. */
export function nameRefusal(error: z.ZodError): string | null {
  const refused = (issue: z.core.$ZodIssue) => issue.code === "custom" && (issue.params as typeof NAME_REFUSED | undefined)?.refusedName === true;
  return error.issues.length > 0 && error.issues.every(refused) ? error.issues[0].message : null;
}

/** Letters (with their combining marks: Hindi, Thai, decomposed accents), digits and a few separators. */
const nameText = z.string().trim().min(1, NICKNAME_MESSAGES.empty).max(MAX_NICKNAME, NICKNAME_MESSAGES.long).regex(NICKNAME_PATTERN, NICKNAME_MESSAGES.characters);
export const nicknameSchema = notOffensive(nameText, "nickname");
/** A Bot API bot's name: the nickname rules (it is shown where nicknames are). */
export const botNameSchema = notOffensive(nameText, "bot name");

/** Kept in the browser; identifies a device across games without an account. */
export const deviceTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, "A device token is 16 to 64 URL-safe characters");

export const playerSchema = z.object({ nickname: nicknameSchema, deviceToken: deviceTokenSchema }).strict();

export const gameIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,32}$/, "Not a game id");
export const seatTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{20,64}$/, "Not a seat token");
/** Join codes: six characters from JOIN_CODE_ALPHABET (names.ts), upper-cased. */
export const joinCodeSchema = z.string().trim().toUpperCase().regex(JOIN_CODE_PATTERN, JOIN_CODE_MESSAGE);

export const seatOccupantSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("human") }).strict(),
  z.object({ kind: z.literal("bot"), strategy: z.string().min(1).max(32) }).strict(),
]);

export const createGameSchema = z
  .object({
    scenario: z.string().min(1).max(32),
    /** Scenario parameters; checked against the scenario's own schema. */
    params: z.record(z.string().max(64), z.unknown()).default({}),
    /** The seat the creator takes. */
    seat: z.string().min(1).max(16),
    /** Who sits in every other seat. */
    others: z.record(z.string().max(16), seatOccupantSchema),
    /** Real milliseconds per game tick. */
    tickMs: z.number().int().min(5).max(10_000).default(1000),
    /** A practice seed: the game uses it and is unranked (stored, replayable, never ranked). */
    seed: z.number().int().min(0).max(0xffff_ffff).optional(),
    /** Another telling of the scenario (server/protocol/skins.ts): words and pictures only. */
    skin: skinSchema.optional(),
    player: playerSchema,
  })
  .strict();

/** The shortest tick a bot's game may have: a bot must have time to answer before the deadline. */
export const BOT_MIN_TICK_MS = 100;

/**
 * `game:create` from a Bot API socket (docs/bot-api.md): the same, without `player` (the socket's
 * bot token says who plays), and ticks of at least `BOT_MIN_TICK_MS`. Every other seat must be a house bot.
 */
export const botCreateGameSchema = createGameSchema.omit({ player: true }).extend({
  tickMs: z.number().int().min(BOT_MIN_TICK_MS).max(10_000).default(1000),
});

/** A bot token as issued (server/storage/botStore.ts): "bvb_" and 43 URL-safe characters. */
export const botTokenSchema = z.string().regex(/^bvb_[A-Za-z0-9_-]{43}$/, "Not a bot token");
export const botIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,40}$/, "Not a bot id");

/** The bodies of POST /api/bots/... (server/http/bots.ts): the device token says whose bots. */
export const botListSchema = z.object({ deviceToken: deviceTokenSchema }).strict();
export const botCreateSchema = z.object({ deviceToken: deviceTokenSchema, name: botNameSchema }).strict();
export const botRevokeSchema = z.object({ deviceToken: deviceTokenSchema, botId: botIdSchema }).strict();

export const joinGameSchema = z.object({ code: joinCodeSchema, player: playerSchema }).strict();
export const resumeGameSchema = z.object({ gameId: gameIdSchema, seatToken: seatTokenSchema }).strict();
/** A seat of a finished friend game asks for a rematch (or accepts the other seat's). */
export const rematchSchema = z.object({ gameId: gameIdSchema, seatToken: seatTokenSchema }).strict();
export const moveSchema = z
  .object({
    gameId: gameIdSchema,
    seatToken: seatTokenSchema,
    /** Checked against the scenario's move schema. */
    move: z.object({ type: z.string().min(1).max(32) }).catchall(z.unknown()),
  })
  .strict();

/**
 * `{ "type": "pass" }`: "I have played this tick; do nothing" (docs/bot-api.md, *Timing*). Any
 * seat may send it in every scenario; it is checked before the scenario's move schema, never
 * reaches the engine and is not in the trace.
 */
export const passMoveSchema = z.object({ type: z.literal("pass") }).strict();

/** Play one night of a solo challenge: the server builds the game from its catalogue. */
export const challengeStartSchema = z
  .object({
    challengeId: z.string().min(1).max(64),
    /** 1-based: the first night is 1. */
    night: z.number().int().min(1).max(10),
    /** Real milliseconds per game tick: the pace never changes a night's seeded rolls. */
    tickMs: z.number().int().min(5).max(10_000).default(1000),
    player: playerSchema,
  })
  .strict();

export type CreateGamePayload = z.input<typeof createGameSchema>;
export type BotCreateGamePayload = z.input<typeof botCreateGameSchema>;
export type ChallengeStartPayload = z.input<typeof challengeStartSchema>;
export type JoinGamePayload = z.input<typeof joinGameSchema>;
export type ResumeGamePayload = z.input<typeof resumeGameSchema>;
export type MovePayload = z.input<typeof moveSchema>;
export type RematchPayload = z.input<typeof rematchSchema>;
