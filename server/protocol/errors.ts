/** Every error code the server sends. Stable: clients switch on them (docs/protocol.md). */
import { ENGINE_ERROR_CODES } from "../engine/scenarios";

export const SERVER_ERROR_CODES = [
  "BAD_PAYLOAD",
  "UNKNOWN_SCENARIO",
  "UNKNOWN_CHALLENGE",
  "CHALLENGE_LOCKED",
  "UNKNOWN_GAME",
  "BAD_TOKEN",
  "GAME_FULL",
  "NOT_STARTED",
  "RATE_LIMITED",
  "INTERNAL",
  "PAUSED",
  "UNKNOWN_SESSION",
  "BAD_HOST_KEY",
  "SESSION_ENDED",
  "KICKED",
  "LATE_JOIN_CLOSED",
  "NICKNAME_REFUSED",
  "NO_STUDENTS",
  "ROUND_RUNNING",
  "NO_ROUND",
  "UNKNOWN_EVENT",
  "OVER_BUDGET",
  "TOO_MANY_CONNECTIONS",
  "ORIGIN_REFUSED",
  "STORAGE_UNAVAILABLE",
  "SERVER_RESTARTING",
  "PROTOCOL_MISMATCH",
  "STAND_IN_ACTIVE",
  "ROUND_NOT_ENDED",
  "NOTHING_TO_PRESENT",
  "NO_PRESENTER",
  "QUESTION_OPEN",
  "NO_QUESTION",
  "QUESTION_CLOSED",
  "ALREADY_ANSWERED",
  "GAME_NOT_FINISHED",
  "REMATCH_ALREADY_ASKED",
  "REMATCH_UNAVAILABLE",
  "BAD_BOT_TOKEN",
  "NOT_FOR_BOTS",
  "BOTS_ONLY",
] as const;

export const ERROR_CODES = [...SERVER_ERROR_CODES, ...ENGINE_ERROR_CODES] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * Every code the HTTP API (server/http/) puts in `{ "error": { code, message } }`: some are
 * socket codes too, one (METHOD_NOT_ALLOWED) is HTTP only. A test checks this list against the handlers and the docs.
 */
export const HTTP_ERROR_CODES = [
  "BAD_PAYLOAD",
  "UNKNOWN_GAME",
  "GAME_NOT_FINISHED",
  "ARENA_REPLAY_WITHHELD",
  "UNKNOWN_SESSION",
  "BAD_HOST_KEY",
  "METHOD_NOT_ALLOWED",
  "UNKNOWN_PLAYER",
  "UNKNOWN_BOT",
  "BOT_LIMIT",
  "NICKNAME_REFUSED",
  "RATE_LIMITED",
] as const;
export type HttpErrorCode = (typeof HTTP_ERROR_CODES)[number];

export interface ProtocolError {
  code: ErrorCode;
  message: string;
}
