/**
 * A finished game as a timeline: the parties, every message with its fate, the decisions and
 * the rungs of the knowledge ladder. Replays, dawn reports and debriefs draw from it, whatever
 * the scenario. Plain data (it is sent to the browser as it is), and pure functions over it.
 */
import type { LadderWords } from "./twoParty/ladder";
import { ladderOfKind, type LadderKind } from "./ladders";

export interface TimelineParty {
  id: string;
  name: string;
}

export interface TimelineMessage {
  id: number;
  from: string;
  to: string;
  /** e.g. "plan", "ack 2". */
  label: string;
  /** How many of the receiver's messages had reached the sender when this one left. */
  acked: number;
  sentAt: number;
  arrivesAt: number;
  fate: "delivered" | "lost" | "late";
  settledAt: number;
  lostBy: "chance" | "enemy" | null;
  /** "relay": a consensus relay-layer list, not a protocol message (drawn thin and dotted). */
  layer?: "relay";
}

export interface TimelineDecision {
  party: string;
  tick: number;
  /** e.g. "attack", "stay home". */
  label: string;
  /** True for the committing act (attack, show up), false for holding back. */
  acts: boolean;
  byDefault: boolean;
}

export interface TimelineRung {
  level: number;
  party: string;
  tick: number;
  sentence: string;
}

export interface Timeline {
  scenario: string;
  /** The two parties of a ladder, the initiator first. */
  parties: TimelineParty[];
  endTick: number;
  /** "dawn", "midnight". */
  endLabel: string;
  /**
   * How to print a tick: "tick" (0, 1, ...), "hour" (noon + n), "step" (a schedule's steps: its
   * ticks are steps) or "tenths" (a tick is 0.1 s of simulated time, printed in seconds: Falcon).
   */
  clock: "tick" | "hour" | "step" | "tenths";
  messages: TimelineMessage[];
  decisions: TimelineDecision[];
  rungs: TimelineRung[];
  /** The scenario's words for ladder sentences. */
  words: LadderWords;
  outcome: string;
  scores: Record<string, number>;
  /** Other moments to mark on a party's line: crashes, violations. */
  marks?: { party: string; tick: number; label: string; tone: "bad" | "neutral" }[];
  /** The knowledge ladder its parties climb (ladders.ts), if the scenario has one. */
  ladder?: LadderKind;
  /**
   * The telling its words are in (server/protocol/skins.ts), when not the scenario's own: the
   * generic screens name seats and outcomes with it. Set by the UI, never by the engine.
   */
  skin?: string;
}

/**
 * A scenario's knowledge ladder over its timelines (the two-party scenarios have one: see
 * twoParty/ladder.ts). The replay model asks it; a scenario without one has no rungs.
 */
export interface TimelineLadder {
  /** The true ladder, from `messages` (the delivered ones count). */
  rungs(timeline: Timeline, messages: readonly TimelineMessage[]): TimelineRung[];
  /**
   * The rungs `party` could be sure of from what it sent and received alone: not the true
   * ladder, which would tell it the fate of its own messages.
   */
  knownRungs(timeline: Timeline, party: string, sent: PartyView["sent"], received: PartyView["received"]): TimelineRung[];
}

function ladderFor(timeline: Timeline): TimelineLadder | undefined {
  return ladderOfKind(timeline.ladder);
}

/** Where a message is at `tick`: not sent yet, on its way (with how far), or settled. */
export type MessageAt =
  | { message: TimelineMessage; status: "in-flight"; progress: number }
  | { message: TimelineMessage; status: "delivered" | "lost" };

/** The truth at the end of `tick`: messages sent by then, decisions taken, rungs reached. */
export interface TimelineFrame {
  tick: number;
  messages: MessageAt[];
  decisions: TimelineDecision[];
  rungs: TimelineRung[];
}

export function frameAt(timeline: Timeline, tick: number): TimelineFrame {
  const t = Math.max(0, Math.min(timeline.endTick, tick));
  const messages: MessageAt[] = [];
  for (const m of timeline.messages) {
    if (m.sentAt > t) continue;
    if (m.fate === "late" || t < m.settledAt) {
      const span = Math.max(1, m.arrivesAt - m.sentAt);
      messages.push({ message: m, status: "in-flight", progress: Math.min(1, (t - m.sentAt) / span) });
    } else messages.push({ message: m, status: m.fate });
  }
  return {
    tick: t,
    messages,
    decisions: timeline.decisions.filter((d) => d.tick <= t),
    rungs: timeline.rungs.filter((r) => r.tick <= t),
  };
}

/** What one party could know at the end of `tick`: its own messages (never their fate), what reached it, its rungs, its decision. */
export interface PartyView {
  party: string;
  sent: { id: number; label: string; sentAt: number }[];
  received: { id: number; label: string; from: string; arrivedAt: number }[];
  rungs: TimelineRung[];
  decision: TimelineDecision | null;
}

export function partyViewAt(timeline: Timeline, party: string, tick: number): PartyView {
  const sent: PartyView["sent"] = [];
  const received: PartyView["received"] = [];
  for (const m of timeline.messages) {
    if (m.from === party && m.sentAt <= tick) sent.push({ id: m.id, label: m.label, sentAt: m.sentAt });
    if (m.to === party && m.fate === "delivered" && m.settledAt <= tick) received.push({ id: m.id, label: m.label, from: m.from, arrivedAt: m.settledAt });
  }
  return {
    party,
    sent,
    received,
    rungs: ladderFor(timeline)?.knownRungs(timeline, party, sent, received) ?? [],
    decision: timeline.decisions.find((d) => d.party === party && d.tick <= tick) ?? null,
  };
}

/**
 * The true knowledge ladder of a timeline, recomputed from its delivered messages by the
 * scenario's ladder; none for a scenario without one.
 */
export function ladderOf(timeline: Timeline, messages: TimelineMessage[] = timeline.messages): TimelineRung[] {
  return ladderFor(timeline)?.rungs(timeline, messages) ?? [];
}

/**
 * A party's chain in a timeline: its top rung of the true ladder, i.e. how many messages got
 * through in a row up to it. More than it could know: see {@link knownDepthIn}.
 */
export function chainIn(timeline: Timeline, party: string): number {
  let depth = 0;
  for (const r of timeline.rungs) if (r.party === party) depth = Math.max(depth, r.level);
  return depth;
}

/** A party's knowledge depth at the end: the deepest rung it could be sure of from its own view. */
export function knownDepthIn(timeline: Timeline, party: string): number {
  let depth = 0;
  for (const r of partyViewAt(timeline, party, timeline.endTick).rungs) depth = Math.max(depth, r.level);
  return depth;
}
