/**
 * Words for the game screen's live region (LiveAnnouncer): what changed for a seat between two of
 * its views, one short sentence per change. Each scenario's play part says it for its own views
 * (`PlayUi.announce`); the two-party scenarios share this one. Only the seat's own views are read,
 * so nothing is said that the screen does not show.
 */

/** What the two-party views (the generals' General, a lover) have in common for the announcer. */
interface TwoPartyView {
  phase: "running" | "finished";
  received?: { id: number; kind: string; arrivedAt: number }[];
  knowledge?: { depth: number; sentence: string };
}

/**
 * Arrivals and knowledge changes of a two-party seat: "Message #2 arrived: the plan." and the
 * knowledge sentence when it changes. `kindWords` names a message kind ("the plan", "an ack").
 * Several arrivals at once are counted, not listed.
 */
export function twoPartyAnnounce(kindWords: (kind: string) => string) {
  return (before: unknown, after: unknown): string[] => {
    const a = before as TwoPartyView | null;
    const b = after as TwoPartyView;
    if (!a || a.phase === "finished") return [];
    const lines: string[] = [];
    const fresh = (b.received ?? []).slice((a.received ?? []).length);
    if (fresh.length === 1) lines.push(`Message ${fresh[0].id} reached you: ${kindWords(fresh[0].kind)}.`);
    else if (fresh.length > 1) lines.push(`${fresh.length} messages reached you.`);
    if (a.knowledge && b.knowledge && a.knowledge.sentence !== b.knowledge.sentence) lines.push(`${b.knowledge.sentence}.`);
    if (b.phase === "finished") lines.push("The game is over: the outcome is below.");
    return lines;
  };
}
