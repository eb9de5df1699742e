/**
 * The indistinguishability argument on a finished game: one message, the world where it arrived
 * and the world where it was lost, which its sender could not tell apart. Which message: the last
 * one whose arrival changed what its receiver knew (a repeat changes nothing, and two identical
 * worlds teach nothing); if no arrival did, the first lost one whose arrival would have.
 */
import { ladderOf, partyViewAt, type Timeline, type TimelineMessage } from "./timeline";

/** The two worlds a message's sender could not tell apart. */
export interface TwoWorlds {
  message: TimelineMessage;
  /** What happened. */
  actual: Timeline;
  /** The same game, but that message met the other fate. */
  other: Timeline;
  /**
   * "raised": it arrived, and its arrival raised its receiver's knowledge depth or chain (then, at
   * the tick it arrived: a later repeat may have taught the same by the end);
   * "would-raise": no arrival raised anyone's, and this one was lost: had it arrived, it would have;
   * "none": no message's fate changed anyone's knowledge (the last one to settle is shown).
   */
  why: "raised" | "would-raise" | "none";
}

/** The tick `m` reaches its receiver in the world where it arrives. */
function arrival(m: TimelineMessage): number {
  return m.fate === "delivered" ? m.settledAt : m.arrivesAt;
}

/** The same game with `m`'s fate the other way round; none if, arriving, it would still be crossing at the end. */
function flipped(timeline: Timeline, m: TimelineMessage): Timeline | null {
  if (m.fate === "late") return null;
  if (m.fate === "lost" && m.arrivesAt > timeline.endTick) return null;
  const other: TimelineMessage =
    m.fate === "delivered" ? { ...m, fate: "lost", lostBy: "chance" } : { ...m, fate: "delivered", lostBy: null, settledAt: m.arrivesAt };
  const messages = timeline.messages.map((x) => (x.id === m.id ? other : x));
  return { ...timeline, messages, rungs: ladderOf(timeline, messages) };
}

/**
 * Whether `m`'s sender could learn its fate: a message from its receiver, sent once `m` had (or
 * would have) arrived, that reached the sender. Such a message could depend on `m`, so the sender
 * could tell the two worlds apart.
 */
function senderCouldLearn(timeline: Timeline, m: TimelineMessage): boolean {
  const arrived = arrival(m);
  return timeline.messages.some((r) => r.from === m.to && r.to === m.from && r.fate === "delivered" && r.sentAt >= arrived && r.settledAt <= timeline.endTick);
}

/**
 * What `party` knows in a world at the end of `tick`: its knowledge depth (what it could be sure
 * of) and its chain (its top rung of the true ladder).
 */
export function knowledgeAt(timeline: Timeline, party: string, tick: number): { depth: number; chain: number } {
  let depth = 0;
  for (const r of partyViewAt(timeline, party, tick).rungs) depth = Math.max(depth, r.level);
  let chain = 0;
  for (const r of timeline.rungs) if (r.party === party && r.tick <= tick) chain = Math.max(chain, r.level);
  return { depth, chain };
}

/** Whether the receiver of `m` knows more, once `m` has arrived, in `arrived` (where it did) than in `lost`. */
function raises(m: TimelineMessage, arrived: Timeline, lost: Timeline): boolean {
  const tick = arrival(m);
  const a = knowledgeAt(arrived, m.to, tick);
  const l = knowledgeAt(lost, m.to, tick);
  return a.depth > l.depth || a.chain > l.chain;
}

/**
 * The two worlds to argue about: the last message (by arrival) whose arrival raised its
 * receiver's knowledge and whose sender could not learn that; failing that, the first lost
 * message (by departure) whose arrival would have; failing that, the last message to settle.
 * None when no message settled before the end.
 */
export function twoWorlds(timeline: Timeline): TwoWorlds | null {
  const candidates = timeline.messages
    .map((m) => ({ m, other: flipped(timeline, m) }))
    .filter((c): c is { m: TimelineMessage; other: Timeline } => c.other !== null && !senderCouldLearn(timeline, c.m));

  const raised = candidates
    .filter(({ m, other }) => m.fate === "delivered" && raises(m, timeline, other))
    .sort((a, b) => arrival(b.m) - arrival(a.m) || b.m.id - a.m.id)[0];
  if (raised) return { message: raised.m, actual: timeline, other: raised.other, why: "raised" };

  const wouldRaise = candidates
    .filter(({ m, other }) => m.fate === "lost" && raises(m, other, timeline))
    .sort((a, b) => a.m.sentAt - b.m.sentAt || a.m.id - b.m.id)[0];
  if (wouldRaise) return { message: wouldRaise.m, actual: timeline, other: wouldRaise.other, why: "would-raise" };

  let last: TimelineMessage | null = null;
  for (const m of timeline.messages) {
    if (m.fate === "late") continue;
    if (!last || m.sentAt > last.sentAt || (m.sentAt === last.sentAt && m.id > last.id)) last = m;
  }
  if (!last) return null;
  const other = flipped(timeline, last) ?? flipLate(timeline, last);
  return { message: last, actual: timeline, other, why: "none" };
}

/** A lost message that would have arrived after the end: the other world still has it arrive (as the old debrief did). */
function flipLate(timeline: Timeline, m: TimelineMessage): Timeline {
  const messages = timeline.messages.map((x) => (x.id === m.id ? { ...m, fate: "delivered" as const, lostBy: null } : x));
  return { ...timeline, messages, rungs: ladderOf(timeline, messages) };
}
