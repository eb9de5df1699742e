/**
 * The knowledge ladder, computed from delivered messengers only.
 *
 * Level 1: B knows the plan (a messenger from A reached B).
 * Level 2: A knows that B knows (a messenger B sent after level 1 reached A).
 * Level k: the k-th messenger of an unbroken alternating chain arrived, each one sent by its
 * sender after the previous link had reached it. Deliveries of a tick happen before the
 * seats act in that tick, so "sent at or after the arrival tick" is causal.
 *
 * Taking the earliest possible arrival for each level is optimal: a later start can only
 * leave fewer messengers eligible for the next link.
 */
import { inOrder as inOrderImport } from "../sorted";
import type { General, Messenger } from "./types";

// The server runs module by module (tsx), and V8 does not inline calls through an imported
// binding on these hot paths: bound once at load, generals games run about twice as fast
// (the headless bench, HEADLESS_ENGINE=tsx). A bundle (the bench's own run) needs none of this.
const inOrder = inOrderImport;

export interface LadderRung {
  level: number;
  /** Who holds this knowledge: B on odd levels, A on even ones. */
  knower: General;
  /** The tick it became true. */
  tick: number;
}

/** Every rung reached, lowest first. `messengers` may be in any order. */
export function knowledgeLadder(messengers: readonly Messenger[]): LadderRung[] {
  const delivered = messengers.filter((m) => m.fate === "delivered" && m.settledAt !== null);
  const rungs: LadderRung[] = [];
  let since = 0; // A knows the plan from tick 0
  let direction: General = "A"; // the sender of the next link
  for (;;) {
    let best: number | null = null;
    for (const m of delivered) {
      if (m.from !== direction || m.sentAt < since) continue;
      const at = m.settledAt as number;
      if (best === null || at < best) best = at;
    }
    if (best === null) return rungs;
    const knower: General = direction === "A" ? "B" : "A";
    rungs.push({ level: rungs.length + 1, knower, tick: best });
    since = best;
    direction = knower;
  }
}

/** One of the seat's own messages, as its sender saw it: when it left, when it would arrive. */
export interface OwnMessage {
  id: number;
  sentAt: number;
  arrivesAt: number;
}

/** A message that reached the seat, with how many of the seat's own had reached its sender. */
export interface ReceivedMessage {
  id: number;
  sentAt: number;
  arrivedAt: number;
  acked: number;
}

/**
 * The rungs `me` can be sure of: the ladder in the least favourable world that matches what it
 * saw. It never learns which of its own messages arrived, only, from each reply, how many had
 * reached the other side when the reply left. The least favourable such world delivers the
 * earliest messages each count allows (an earlier one is never a better link), so the rungs shown
 * to a seat depend on its own view alone and reveal nothing about the fate of its messages.
 */
export function knownLadder(me: General, sent: readonly OwnMessage[], received: readonly ReceivedMessage[]): LadderRung[] {
  // Every view of every tick runs this: no copies unless out of order, no world of messengers
  // built, only flags (ids are unique within a seat's frame).
  const mine = inOrder(sent, byArrival);
  const replies = inOrder(received, bySending);
  // Pushed, not `new Array(n).fill`: a packed array, and no holey one to fill first.
  const arrived: boolean[] = [];
  for (let i = 0; i < mine.length; i++) arrived.push(false);
  let count = 0;
  // Each reply's count is exact: what it adds to the count before it must have arrived after
  // the earlier reply left, and the least favourable choice is the earliest of those.
  let since = Number.NEGATIVE_INFINITY;
  for (const reply of replies) {
    for (let i = 0; i < mine.length && count < reply.acked; i++) {
      const at = mine[i].arrivesAt;
      if (!arrived[i] && at > since && at <= reply.sentAt) {
        arrived[i] = true;
        count++;
      }
    }
    since = reply.sentAt;
  }
  // knowledgeLadder over that world (own messages that arrived, every received one), keeping
  // only `me`'s rungs.
  const rungs: LadderRung[] = [];
  let level = 0;
  let from = 0; // A knows the plan from tick 0
  let direction: General = "A";
  for (;;) {
    let best: number | null = null;
    if (direction === me) {
      for (let i = 0; i < mine.length; i++) {
        const m = mine[i];
        if (arrived[i] && m.sentAt >= from && (best === null || m.arrivesAt < best)) best = m.arrivesAt;
      }
    } else {
      for (const m of received) if (m.sentAt >= from && (best === null || m.arrivedAt < best)) best = m.arrivedAt;
    }
    if (best === null) return rungs;
    level++;
    const knower: General = direction === "A" ? "B" : "A";
    if (knower === me) rungs.push({ level, knower, tick: best });
    from = best;
    direction = knower;
  }
}

const byArrival = (a: OwnMessage, b: OwnMessage) => a.arrivesAt - b.arrivesAt || a.id - b.id;
const bySending = (a: ReceivedMessage, b: ReceivedMessage) => a.sentAt - b.sentAt || a.id - b.id;

/**
 * The rungs `me` can be sure of in a game whose messengers are `messengers` (the whole truth):
 * its own sends, without their fate, and what reached it. This is what its view shows, and what
 * a finished game stores as its depth.
 */
export function knownLadderIn(messengers: readonly Messenger[], me: General): LadderRung[] {
  const own: OwnMessage[] = [];
  const received: ReceivedMessage[] = [];
  for (const m of messengers) {
    if (m.from === me) own.push({ id: m.id, sentAt: m.sentAt, arrivesAt: m.arrivesAt });
    else if (m.fate === "delivered") received.push({ id: m.id, sentAt: m.sentAt, arrivedAt: m.settledAt as number, acked: m.acked });
  }
  return knownLadder(me, own, received);
}

/** Each general's known depth: the deepest rung it can be sure of (what `result.depth` stores). */
export function knownDepths(messengers: readonly Messenger[]): Record<General, number> {
  return { A: depthOf(knownLadderIn(messengers, "A"), "A"), B: depthOf(knownLadderIn(messengers, "B"), "B") };
}

/**
 * Each general's chain: its top rung of the true ladder, i.e. how many messages got through in a
 * row up to it. It can exceed the known depth: the general never learns which of its own arrived.
 */
export function chainDepths(ladder: readonly LadderRung[]): Record<General, number> {
  return { A: depthOf(ladder, "A"), B: depthOf(ladder, "B") };
}

/** The deepest level a general knows: the top rung it holds (A: even, B: odd), or 0. */
export function depthOf(ladder: readonly LadderRung[], general: General): number {
  let depth = 0;
  for (const rung of ladder) if (rung.knower === general) depth = rung.level;
  return depth;
}

/** The names a ladder sentence uses: the two parties (A's, then B's) and what is known. */
export interface LadderWords {
  A: string;
  B: string;
  /** What the first link carries, e.g. "the plan". */
  object: string;
}

export const GENERALS_WORDS: LadderWords = { A: "A", B: "B", object: "the plan" };

/**
 * The sentence for a level, e.g. level 3: "B knows that A knows that B knows the plan".
 * `you` turns the knower's name into "you" for the seat reading it.
 */
export function ladderSentence(level: number, you?: General): string {
  const byLevel = sentences[you ?? "none"];
  return (byLevel[level] ??= level <= 0 ? (you === "B" ? "You do not know the plan yet" : "A knows the plan") : composeLadderSentence(level, GENERALS_WORDS, you));
}

/** Sentences depend only on (level, reader), so each is composed once. */
const sentences: Record<General | "none", string[]> = { A: [], B: [], none: [] };

/** The sentence for level >= 1 in any scenario's words (A's party sends the first link). */
export function composeLadderSentence(level: number, words: LadderWords, you?: General): string {
  const parts: string[] = [];
  let knower: General = level % 2 === 1 ? "B" : "A";
  for (let i = 0; i < level; i++) {
    parts.push(knower === you ? "you know" : `${words[knower]} knows`);
    knower = knower === "A" ? "B" : "A";
  }
  const text = `${parts.join(" that ")} ${words.object}`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
