/**
 * The parts of a general's view drawn from the messengers alone (its sends, its arrivals, the
 * rungs it can be sure of), memoised per seat. Every view of every tick needs them, and they
 * change only when the general sends or something reaches it, so a view checks the last parts
 * against the messengers (no allocation) and rebuilds only what changed.
 *
 * Views share these arrays with the views before them: nobody may mutate a view.
 */
import { arrivalFrame, sendFrame } from "./disclosure";
import { knownLadder, ladderSentence, type LadderRung } from "./knowledge";
import type { General, Messenger } from "./types";
import type { ReceivedMessengerView, RungView, SentMessengerView } from "./view";

export interface GeneralParts {
  sent: SentMessengerView[];
  received: ReceivedMessengerView[];
  rungs: RungView[];
  depth: number;
  sentence: string;
}

/** The last parts built for each seat, for crossing time `d` (one slot each: a map costs more than it saves). */
const last: Record<General, { d: number; parts: GeneralParts | null }> = { A: { d: 0, parts: null }, B: { d: 0, parts: null } };

export function generalParts(messengers: readonly Messenger[], seat: General, d: number): GeneralParts {
  const slot = last[seat];
  const prev = slot.d === d ? slot.parts : null;
  const next = prev ? extended(prev, messengers, seat, d) : null;
  const parts = next ?? buildParts(messengers, seat, d);
  slot.d = d;
  slot.parts = parts;
  return parts;
}

/**
 * `prev` if it still describes `messengers`; `prev` with the new sends and arrivals appended if
 * it describes a prefix of them; null (rebuild) otherwise. Reuse is sound only when the sends
 * and the arrivals run in strictly increasing time in array order: then the frames' sorts
 * (disclosure.ts) keep array order, and equal fields give equal parts.
 */
function extended(prev: GeneralParts, messengers: readonly Messenger[], seat: General, d: number): GeneralParts | null {
  let s = 0;
  let r = 0;
  let lastSent = Number.NEGATIVE_INFINITY;
  let lastArrived = Number.NEGATIVE_INFINITY;
  for (const m of messengers) {
    if (m.from === seat) {
      if (m.sentAt <= lastSent) return null;
      lastSent = m.sentAt;
      const v = prev.sent[s++];
      if (v && (v.sentAt !== m.sentAt || v.kind !== m.kind || v.acked !== m.acked)) return null;
    }
    if (m.to === seat && m.fate === "delivered") {
      const at = m.settledAt as number;
      if (at <= lastArrived) return null;
      lastArrived = at;
      const v = prev.received[r++];
      if (v && (v.arrivedAt !== at || v.sentAt !== m.sentAt || v.kind !== m.kind || v.acked !== m.acked)) return null;
    }
  }
  if (s < prev.sent.length || r < prev.received.length) return null;
  if (s === prev.sent.length && r === prev.received.length) return prev;
  const sent = s === prev.sent.length ? prev.sent : prev.sent.slice();
  const received = r === prev.received.length ? prev.received : prev.received.slice();
  for (const m of messengers) {
    if (m.from === seat && m.sentAt > (prev.sent.at(-1)?.sentAt ?? Number.NEGATIVE_INFINITY)) sent.push(sentView(sent.length + 1, m));
    if (m.to === seat && m.fate === "delivered" && (m.settledAt as number) > (prev.received.at(-1)?.arrivedAt ?? Number.NEGATIVE_INFINITY)) {
      received.push(receivedView(received.length + 1, m));
    }
  }
  // New sends alone leave the rungs as they were when every one of them arrives after every
  // reply left: no reply can count it, and it sorts after every earlier send.
  const lastReplySent = received.reduce((t, m) => Math.max(t, m.sentAt), Number.NEGATIVE_INFINITY);
  const sameRungs = received === prev.received && sent.slice(prev.sent.length).every((m) => m.sentAt + d > lastReplySent);
  return sameRungs ? { ...prev, sent } : withRungs(sent, received, seat, d);
}

function buildParts(messengers: readonly Messenger[], seat: General, d: number): GeneralParts {
  // Ids in this general's own frame (disclosure.ts): sends 1..k, arrivals 1..m.
  const sent = sendFrame(messengers, seat).map(({ id, item }) => sentView(id, item));
  const received = arrivalFrame(messengers, seat).map(({ id, item }) => receivedView(id, item));
  return withRungs(sent, received, seat, d);
}

/** What this general can be sure of from its own view, not the true ladder: that one would tell it which of its own messengers got through. */
function withRungs(sent: SentMessengerView[], received: ReceivedMessengerView[], seat: General, d: number): GeneralParts {
  const own = sent.map((m) => ({ id: m.id, sentAt: m.sentAt, arrivesAt: m.sentAt + d }));
  const rungs = knownLadder(seat, own, received).map((rung) => rungView(rung, seat));
  const depth = rungs.length ? rungs[rungs.length - 1].level : 0;
  const sentence = depth === 0 && seat === "A" ? "You know the plan; B may not" : ladderSentence(depth, seat);
  return { sent, received, rungs, depth, sentence };
}

function sentView(id: number, m: Messenger): SentMessengerView {
  return { id, kind: m.kind, acked: m.acked, sentAt: m.sentAt };
}

function receivedView(id: number, m: Messenger): ReceivedMessengerView {
  return { id, kind: m.kind, acked: m.acked, sentAt: m.sentAt, arrivedAt: m.settledAt as number };
}

export function rungView(rung: LadderRung, you?: General): RungView {
  return { level: rung.level, knower: rung.knower, tick: rung.tick, sentence: ladderSentence(rung.level, you) };
}
