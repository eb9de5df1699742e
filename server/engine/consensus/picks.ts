/**
 * The undetermined value, read off a run's trace: for every suggestion, the first majority of
 * opinions its coordinator built it from (in the order they reached it, as process.ts counts
 * them), the largest timestamp among them, and the values the protocol allowed.
 *
 * When that largest timestamp is 0, no process in the majority had ACKed anything; since any
 * two majorities share a process, no earlier round can have gathered a majority of ACKs, so
 * nothing was decided before this round and the coordinator was free (among the inputs it heard).
 * When it is t > 0, round t's value may already be decided, and only that value is safe: a
 * sandbox coordinator offering the other one is where two different values could be decided.
 */
import { coordinatorOf, majority } from "./terms";
import type { Bit, ConsensusEvent } from "./types";

export interface PickOpinion {
  from: number;
  value: Bit;
  ts: number;
}

export interface RoundPick {
  round: number;
  coordinator: number;
  tick: number;
  suggested: Bit;
  /** The first majority of opinions that reached the coordinator for this round. */
  opinions: PickOpinion[];
  /** The largest timestamp among them. */
  maxTs: number;
  /** The values the protocol allowed: those with the largest timestamp. */
  allowed: Bit[];
  /** Nothing could have been chosen before this round (maxTs is 0). */
  free: boolean;
  /** The suggestion was outside the protocol's rule (only the sandbox lets a coordinator do that). */
  offRule: boolean;
  /** Off the rule after some round had ACKs: a value other than one possibly chosen was offered. */
  mattered: boolean;
}

export interface PickAnalysis {
  rounds: RoundPick[];
  /** Some round's off-rule pick could have let two different values be decided. */
  mattered: boolean;
  /** The values actually decided (more than one: agreement broke). */
  decided: Bit[];
}

/** The analysis of a run of n processes from its events (a trace's or the engine's, in order). */
export function analysePicks(n: number, events: readonly { type: string; tick: number }[]): PickAnalysis {
  const k = majority(n);
  const opinionSent = new Map<number, { from: number; to: number; round: number; value: Bit; ts: number }>();
  const gathered = new Map<string, PickOpinion[]>();
  const rounds: RoundPick[] = [];
  const decided = new Set<Bit>();
  for (const raw of events) {
    const e = raw as ConsensusEvent;
    if (e.type === "send" && e.payload.kind === "opinion") {
      opinionSent.set(e.messageId, { from: e.from, to: e.to, round: e.payload.round, value: e.payload.value, ts: e.payload.ts });
    } else if (e.type === "deliver") {
      const o = opinionSent.get(e.messageId);
      if (!o) continue;
      const key = `${o.to}:${o.round}`;
      const list = gathered.get(key) ?? [];
      if (list.length < k) list.push({ from: o.from, value: o.value, ts: o.ts });
      gathered.set(key, list);
    } else if (e.type === "suggest") {
      const opinions = gathered.get(`${e.process}:${e.round}`) ?? [];
      const maxTs = opinions.reduce((m, o) => Math.max(m, o.ts), 0);
      const allowed = [...new Set(opinions.filter((o) => o.ts === maxTs).map((o) => o.value))].sort() as Bit[];
      const offRule = !allowed.includes(e.value);
      rounds.push({
        round: e.round,
        coordinator: coordinatorOf(e.round, n),
        tick: e.tick,
        suggested: e.value,
        opinions,
        maxTs,
        allowed,
        free: maxTs === 0,
        offRule,
        mattered: offRule && maxTs > 0,
      });
    } else if (e.type === "decide") decided.add(e.value);
  }
  return { rounds, mattered: rounds.some((r) => r.mattered), decided: [...decided].sort() as Bit[] };
}
