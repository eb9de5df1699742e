/**
 * The rotating-coordinator protocol from one process's side: which steps it may take now,
 * computed from its own state only (its inbox, round, opinion and detector output). The
 * reducer checks moves with these, the views offer them, and the bots take them.
 */
import { coordinatorOf as coordinatorOfImport, majority as majorityImport } from "./terms";
import type { Bit, Coordination, Delivered, Payload, Proc } from "./types";

// The server runs module by module (tsx), and V8 does not inline calls through an imported
// binding on these hot paths: bound once at load, generals games run about twice as fast
// (the headless bench, HEADLESS_ENGINE=tsx). A bundle (the bench's own run) needs none of this.
const coordinatorOf = coordinatorOfImport;
const majority = majorityImport;

/** What a process may do at this moment. */
export interface Legal {
  opinion: boolean;
  /** Values it may suggest as the coordinator (empty when it may not suggest). */
  suggest: Bit[];
  ack: boolean;
  nack: boolean;
  /** A coordinated round whose first majority of replies are all ACKs, not yet decided. */
  decide: Coordination | null;
  relay: boolean;
}

export const NOTHING: Legal = { opinion: false, suggest: [], ack: false, nack: false, decide: null, relay: false };

/** What the protocol consults: the relay layer's output when it is on, else the module's own. */
export const detectorOutput = (p: Proc): number[] => p.output ?? p.suspects;

const active = (p: Proc) => p.crashedAt === null && p.decided === null;

/** The first `k` messages of a kind for a round, in the order they arrived ("reply": ACK or NACK). */
function firstFor(p: Proc, kind: "opinion" | "reply", round: number, k: number): Delivered[] {
  const out: Delivered[] = [];
  for (const m of p.inbox) {
    if (m.payload.round === round && isKind(m.payload.kind, kind)) {
      out.push(m);
      if (out.length === k) break;
    }
  }
  return out;
}

function isKind(kind: Payload["kind"], wanted: "opinion" | "reply"): boolean {
  return wanted === "opinion" ? kind === "opinion" : kind === "ack" || kind === "nack";
}

/**
 * Whether the first majority of replies to `round` has arrived and holds only ACKs: firstReplies
 * without the array, for legalMoves, which the reducer and every process view run.
 */
function majorityAcked(p: Proc, round: number, k: number): boolean {
  let seen = 0;
  for (const m of p.inbox) {
    if (m.payload.round !== round || !isKind(m.payload.kind, "reply")) continue;
    if (m.payload.kind !== "ack") return false;
    if (++seen === k) return true;
  }
  return false;
}

/** The opinions a coordinator may build its suggestion from: the first majority for the round. */
export function firstOpinions(p: Proc, round: number, n: number): Delivered[] {
  return firstFor(p, "opinion", round, majority(n));
}

/** Values among the first majority of opinions with the largest timestamp (step 2). */
export function allowedSuggestions(opinions: readonly { payload: Payload }[]): Bit[] {
  let best = -1;
  const values = new Set<Bit>();
  for (const m of opinions) {
    if (m.payload.kind !== "opinion") continue;
    if (m.payload.ts > best) {
      best = m.payload.ts;
      values.clear();
    }
    if (m.payload.ts === best) values.add(m.payload.value);
  }
  return [...values].sort();
}

/** The coordinator's suggestion for the process's current round, if it has arrived. */
export function suggestionFor(p: Proc, n: number): Bit | null {
  const c = coordinatorOf(p.round, n);
  for (const m of p.inbox) if (m.payload.kind === "suggest" && m.payload.round === p.round && m.from === c) return m.payload.value;
  return null;
}

/** The first majority of replies to a round this process coordinated. */
export function firstReplies(p: Proc, round: number, n: number): Delivered[] {
  return firstFor(p, "reply", round, majority(n));
}

export function legalMoves(p: Proc, n: number, sandbox: boolean): Legal {
  if (p.crashedAt !== null) return NOTHING;
  const relay = !p.relayed && (p.decided !== null || p.inbox.some((m) => m.payload.kind === "decide"));
  if (!active(p)) return { opinion: false, suggest: [], ack: false, nack: false, decide: null, relay };
  const k = majority(n);
  let decide: Coordination | null = null;
  for (const c of p.coordinated) {
    if (!c.concluded && majorityAcked(p, c.round, k)) {
      decide = c;
      break;
    }
  }
  if (!p.opined) return { opinion: true, suggest: [], ack: false, nack: false, decide, relay };
  const coordinator = coordinatorOf(p.round, n);
  let suggest: Bit[] = [];
  if (coordinator === p.id && !p.coordinated.some((c) => c.round === p.round)) {
    const opinions = firstOpinions(p, p.round, n);
    if (opinions.length === majority(n)) suggest = sandbox ? [0, 1] : allowedSuggestions(opinions);
  }
  const suggestion = suggestionFor(p, n);
  return {
    opinion: false,
    suggest,
    ack: suggestion !== null,
    nack: suggestion === null && detectorOutput(p).includes(coordinator),
    decide,
    relay,
  };
}
