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
import type { General, Messenger } from "./types";

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
