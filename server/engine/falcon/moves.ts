/** The moves a Falcon seat sends (the server adds the seat), and their zod schema for inbound payloads. */
import { z } from "zod";
import { FAULT_KINDS, LAYERS, type FaultKind, type Layer } from "./types";

export type OperatorMove =
  | { type: "setTimeout"; timeoutMs: number }
  | { type: "query"; layer: Layer }
  | { type: "kill"; layer: Layer }
  | { type: "declare" }
  | { type: "wait" };
export type ChaosMove = { type: "inject"; kind: FaultKind; durationMs?: number };
export type FalconMove = OperatorMove | ChaosMove;

const layer = z.enum(LAYERS);

export const falconMoveSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("setTimeout"), timeoutMs: z.number().int().min(100).max(60_000) }).strict(),
  z.object({ type: z.literal("query"), layer }).strict(),
  z.object({ type: z.literal("kill"), layer }).strict(),
  z.object({ type: z.literal("declare") }).strict(),
  z.object({ type: z.literal("wait") }).strict(),
  z.object({ type: z.literal("inject"), kind: z.enum(FAULT_KINDS), durationMs: z.number().int().min(100).max(60_000).optional() }).strict(),
]);
