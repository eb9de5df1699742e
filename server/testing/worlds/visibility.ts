/**
 * What one seat learns from one true event, by the rules of each scenario (docs/DOMAIN.md),
 * written from the trace format and not from the view code under test. `null`: the seat does
 * not see it. A projection keeps only what the seat may know (never a game-wide id it could
 * not count itself, never a fate before it has consequences there). Each scenario's projectors
 * are in its folder's worlds.testing.ts; the ones here are shared.
 */
import type { GameEvent } from "../../engine/record";

export type Projection = unknown[] | null;
export type Projector = (event: GameEvent, sends: ReadonlyMap<number, GameEvent>) => Projection;

/** Ids of sends, by the field each scenario names them with. */
export const sendIdOf = (e: GameEvent): number | undefined => (e.messengerId ?? e.smsId ?? e.messageId) as number | undefined;

/** A seat that schedules everything (an adversary) sees every event (the end, with its reveal, is not compared). */
export const everythingSeat: Projector = (e) => [e.type, JSON.stringify(e, (k, v) => (k === "tick" ? undefined : v))];
