/**
 * The two-party scenarios' part of the indistinguishability test (server/testing/worlds/): what a
 * general or a lover learns, and how the test plays one. Generals and lovers differ only in names.
 */
import type { GameEvent } from "../record";
import { SeededRandom } from "../prng";
import type { Policy } from "../../testing/worlds/policies";
import type { Projector } from "../../testing/worlds/visibility";
import { sendIdOf } from "../../testing/worlds/visibility";
import type { Move } from "../../testing/worlds/world";

/** A general or a lover: its own sends and decision, and what reached it (by content and time). */
export function messengerSeat(seat: string, actorField: "general" | "lover"): Projector {
  return (e, sends) => {
    switch (e.type) {
      case "send":
        return e.from === seat ? ["sent", e.kind, e.acked] : null;
      case "deliver": {
        if (e.to !== seat) return null;
        const s = sends.get(sendIdOf(e) as number) as GameEvent;
        return ["arrived", s.kind, s.acked, s.tick];
      }
      case "commit":
      case "decide":
        return e[actorField] === seat && !e.byDefault ? ["decided", e.decision] : null;
      default:
        return null;
    }
  };
}

/** The scenario's words for the moves: the first message, and the decision move with its two choices. */
export interface MessengerMoves {
  first: Move;
  decide: (choice: 0 | 1) => Move;
  firstSeat: string;
}

/** Sends at random ticks (some too early for an ack: refused) and decides once. */
export function messengerPolicy(moves: MessengerMoves, seat: string, policySeed: number, lastTick: number): Policy {
  const r = new SeededRandom(policySeed);
  const first = seat === moves.firstSeat;
  const ack = { type: "send", kind: "ack" };
  const commitTick = r.int(0, lastTick);
  const commit = moves.decide(r.float() < 0.5 ? 0 : 1);
  const sendChance = 0.3 + r.float() * 0.5;
  const script = new Map<number, Move[]>();
  for (let t = 0; t <= lastTick; t++) {
    const planned: Move[] = [];
    if (r.float() < sendChance) planned.push(first && r.float() < 0.6 ? moves.first : ack);
    if (r.float() < 0.05) planned.push(ack); // a second send in one tick: TOO_SOON
    if (t === commitTick) planned.push(commit);
    script.set(t, planned);
  }
  return { movesAt: (tick) => script.get(tick) ?? [], keep: () => true };
}
