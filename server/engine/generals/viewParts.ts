/**
 * The parts of a general's view drawn from the messengers alone (its sends, its arrivals, the
 * rungs it can be sure of), memoised per game and seat. Every view of every tick needs them, and
 * they change only when the general sends or something reaches it, so a view checks the last
 * parts against the messengers (no allocation) and rebuilds only what changed. The memo is the
 * game's own (its record's `viewMemo`): no game ever reads another's.
 *
 * Views share these arrays with the views before them: nobody may mutate a view.
 */
import { arrivalFrame as arrivalFrameImport, sendFrame as sendFrameImport } from "./disclosure";
import { knownLadder as knownLadderImport, ladderSentence as ladderSentenceImport, type LadderRung } from "./knowledge";
import type { ViewMemo } from "../record";
import type { General, Messenger } from "./types";
import type { GeneralView, ReceivedMessengerView, RungView, SentMessengerView } from "./view";

// The server runs module by module (tsx), and V8 does not inline calls through an imported
// binding on these hot paths: bound once at load, generals games run about twice as fast
// (the headless bench, HEADLESS_ENGINE=tsx). A bundle (the bench's own run) needs none of this.
const knownLadder = knownLadderImport;
const ladderSentence = ladderSentenceImport;
const sendFrame = sendFrameImport;
const arrivalFrame = arrivalFrameImport;

export interface GeneralParts {
  sent: SentMessengerView[];
  received: ReceivedMessengerView[];
  knowledge: GeneralView["knowledge"];
}

/**
 * The last parts built for a seat of a game, with crossing time `d` and the messengers array they
 * were checked against (one slot each: a map keyed by every array costs more in GC than it
 * saves). The reducer never changes an array a state holds (it copies on write), so the same
 * array needs no check.
 */
interface Slot {
  d: number;
  messengers: readonly Messenger[] | null;
  parts: GeneralParts | null;
}
type Slots = Record<General, Slot>;

/** `seat`'s parts, memoised in the game's own `memo` (built afresh without one). */
export function generalParts(messengers: readonly Messenger[], seat: General, d: number, memo?: ViewMemo): GeneralParts {
  if (!memo) return buildParts(messengers, seat, d);
  let slots = memo.generalParts as Slots | undefined;
  if (!slots) memo.generalParts = slots = { A: { d: 0, messengers: null, parts: null }, B: { d: 0, messengers: null, parts: null } };
  const slot = slots[seat];
  const prev = slot.d === d ? slot.parts : null;
  if (prev && slot.messengers === messengers) return prev;
  const sends = prev && slot.messengers ? newSendsOnly(slot.messengers, messengers, seat) : -1;
  const parts =
    (sends === 0 && prev) || (sends > 0 && prev && slot.messengers && withNewSends(prev, messengers, slot.messengers.length, seat, d)) || (prev && extended(prev, messengers, seat, d)) || buildParts(messengers, seat, d);
  slot.d = d;
  slot.messengers = messengers;
  slot.parts = parts;
  return parts;
}

/**
 * How many sends of `seat`'s own `messengers` appends to `old` (the array the last parts were
 * built from), when that is all that changed in what `seat` sees; -1 when anything else did.
 * What it never sees may change: the other side's messengers still crossing or lost, and the
 * fates of its own. Messengers are never changed in place (the reducer settles one by replacing
 * it), so an unchanged one is the same object: mostly one comparison each.
 */
function newSendsOnly(old: readonly Messenger[], messengers: readonly Messenger[], seat: General): number {
  if (messengers.length < old.length) return -1;
  let sends = 0;
  for (let i = 0; i < messengers.length; i++) {
    const m = messengers[i];
    if (i >= old.length) {
      // A new messenger: its own send, or the other side's still crossing.
      if (m.from === seat) sends++;
      else if (m.fate === "delivered") return -1;
      continue;
    }
    const o = old[i];
    if (m === o) continue;
    // The same messenger with another fate, and neither fate an arrival here.
    if (m.id !== o.id || m.from !== o.from || m.sentAt !== o.sentAt || m.kind !== o.kind || m.acked !== o.acked) return -1;
    if (m.to === seat && (m.fate === "delivered" || o.fate === "delivered")) return -1;
  }
  return sends;
}

/** `prev` with the sends past `from` in `messengers` appended, if they follow its sends in time (else null: rebuild). */
function withNewSends(prev: GeneralParts, messengers: readonly Messenger[], from: number, seat: General, d: number): GeneralParts | null {
  const sent = prev.sent.slice();
  let last = sent.length ? sent[sent.length - 1].sentAt : Number.NEGATIVE_INFINITY;
  for (let i = from; i < messengers.length; i++) {
    const m = messengers[i];
    if (m.from !== seat) continue;
    if (m.sentAt <= last) return null;
    last = m.sentAt;
    sent.push(sentView(sent.length + 1, m));
  }
  return afterSends(prev, sent, seat, d);
}

/**
 * `prev` with more sends, `sent`, and the same arrivals. The rungs stand when every new send
 * arrives after every reply left: no reply can count it, and it sorts after every earlier send.
 */
function afterSends(prev: GeneralParts, sent: SentMessengerView[], seat: General, d: number): GeneralParts {
  const received = prev.received;
  const firstNew = sent[prev.sent.length].sentAt + d;
  for (let i = 0; i < received.length; i++) if (received[i].sentAt >= firstNew) return withRungs(sent, received, seat, d);
  return { sent, received, knowledge: prev.knowledge };
}

/**
 * `prev` if it still describes `messengers`; `prev` with the new sends and arrivals appended if
 * it describes a prefix of them; null (rebuild) otherwise. Reuse is sound only when the sends
 * and the arrivals run in strictly increasing time in array order: then the frames' sorts
 * (disclosure.ts) keep array order, and equal fields give equal parts.
 */
function extended(prev: GeneralParts, messengers: readonly Messenger[], seat: General, d: number): GeneralParts | null {
  const oldSent = prev.sent;
  const oldReceived = prev.received;
  let s = 0;
  let r = 0;
  let lastSent = Number.NEGATIVE_INFINITY;
  let lastArrived = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < messengers.length; i++) {
    const m = messengers[i];
    if (m.from === seat) {
      if (m.sentAt <= lastSent) return null;
      lastSent = m.sentAt;
      if (s < oldSent.length) {
        const v = oldSent[s];
        if (v.sentAt !== m.sentAt || v.kind !== m.kind || v.acked !== m.acked) return null;
      }
      s++;
    }
    if (m.to === seat && m.fate === "delivered") {
      const at = m.settledAt as number;
      if (at <= lastArrived) return null;
      lastArrived = at;
      if (r < oldReceived.length) {
        const v = oldReceived[r];
        if (v.arrivedAt !== at || v.sentAt !== m.sentAt || v.kind !== m.kind || v.acked !== m.acked) return null;
      }
      r++;
    }
  }
  if (s < oldSent.length || r < oldReceived.length) return null;
  if (s === oldSent.length && r === oldReceived.length) return prev;
  const sent = s === oldSent.length ? oldSent : oldSent.slice();
  const received = r === oldReceived.length ? oldReceived : oldReceived.slice();
  // The sends and arrivals past the old ones, in array order (which is time order here).
  let si = 0;
  let ri = 0;
  for (let i = 0; i < messengers.length; i++) {
    const m = messengers[i];
    if (m.from === seat && ++si > oldSent.length) sent.push(sentView(si, m));
    if (m.to === seat && m.fate === "delivered" && ++ri > oldReceived.length) received.push(receivedView(ri, m));
  }
  if (received !== oldReceived) return withRungs(sent, received, seat, d);
  return afterSends(prev, sent, seat, d);
}

export function buildParts(messengers: readonly Messenger[], seat: General, d: number): GeneralParts {
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
  return { sent, received, knowledge: { depth, sentence, rungs } };
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
