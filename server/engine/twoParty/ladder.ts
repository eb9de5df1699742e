/**
 * The knowledge ladder of a two-party timeline (Two Generals, Two Insecure Lovers): the first
 * party is the initiator, read as general A, the second as general B. The replay model in
 * ../timeline.ts reaches it through the timeline's `ladder` kind (../ladders.ts).
 */
import { composeLadderSentence, knowledgeLadder, knownLadder, type LadderWords } from "../generals/knowledge";
import type { General, Messenger } from "../generals/types";
import type { PartyView, Timeline, TimelineLadder, TimelineMessage, TimelineRung } from "../timeline";

export type { LadderWords };

/** Whether `party` is the initiator (A) or the responder (B) of the timeline. */
function asGeneral(timeline: Timeline, party: string): General {
  return party === timeline.parties[0].id ? "A" : "B";
}

/** The true ladder, recomputed from the delivered messages. */
function rungs(timeline: Timeline, messages: readonly TimelineMessage[]): TimelineRung[] {
  const [first, second] = timeline.parties;
  const messengers: Messenger[] = messages.map((m) => ({
    id: m.id,
    from: asGeneral(timeline, m.from),
    to: asGeneral(timeline, m.to),
    kind: "ack",
    acked: m.acked,
    sentAt: m.sentAt,
    arrivesAt: m.arrivesAt,
    fate: m.fate === "delivered" ? "delivered" : m.fate === "lost" ? "captured" : "late",
    settledAt: m.settledAt,
    capturedBy: null,
  }));
  return knowledgeLadder(messengers).map((r) => ({
    level: r.level,
    party: r.knower === "A" ? first.id : second.id,
    tick: r.tick,
    sentence: composeLadderSentence(r.level, timeline.words),
  }));
}

/** The rungs a party could be sure of from what it sent and received alone (knownLadder). */
function knownRungs(timeline: Timeline, party: string, sent: PartyView["sent"], received: PartyView["received"]): TimelineRung[] {
  if (timeline.parties.length !== 2) return [];
  const byId = new Map(timeline.messages.map((m) => [m.id, m]));
  const own = sent.map((m) => ({ id: m.id, sentAt: m.sentAt, arrivesAt: byId.get(m.id)?.arrivesAt ?? m.sentAt }));
  const got = received.map((m) => ({ id: m.id, sentAt: byId.get(m.id)?.sentAt ?? 0, arrivedAt: m.arrivedAt, acked: byId.get(m.id)?.acked ?? 0 }));
  return knownLadder(asGeneral(timeline, party), own, got).map((r) => ({ level: r.level, party, tick: r.tick, sentence: composeLadderSentence(r.level, timeline.words) }));
}

/** The ladder both two-party scenarios hand to the replay model. */
export const twoPartyLadder: TimelineLadder = { rungs, knownRungs };
