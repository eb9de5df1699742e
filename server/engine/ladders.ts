/**
 * The knowledge ladders a timeline can climb, by kind: what the replay model (timeline.ts) asks.
 * A timeline names its kind (`Timeline.ladder`), so the browser's end-of-game and replay screens
 * find the ladder without loading any scenario's rules or zod schemas; a scenario without a
 * ladder leaves the field out.
 */
import type { TimelineLadder } from "./timeline";
import { twoPartyLadder } from "./twoParty/ladder";

export const LADDERS = { twoParty: twoPartyLadder } as const satisfies Record<string, TimelineLadder>;
export type LadderKind = keyof typeof LADDERS;

export function ladderOfKind(kind: string | undefined): TimelineLadder | undefined {
  return kind !== undefined && Object.hasOwn(LADDERS, kind) ? LADDERS[kind as LadderKind] : undefined;
}
