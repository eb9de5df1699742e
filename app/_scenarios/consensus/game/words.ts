/** Consensus in words: messages, the phase a process is in, the value a coordinator should suggest. */
import type { Bit, Message, Payload } from "@/server/engine/consensus/types";
import { allowedSuggestions } from "@/server/engine/consensus/process";
import type { ProcessView } from "@/server/engine/consensus/view";
import { LECTURE_WORDS, type Lexicon } from "@/server/engine/consensus/lens";

/** The lecture's names (the Paxos lens's twins live beside them in consensus/lens.ts). */
export const KIND_NAME: Record<Message["kind"], string> = LECTURE_WORDS.kind;

/** Chip colours per kind: opinions flow to the coordinator, suggestions out, replies back. */
export const KIND_TONE: Record<Message["kind"], string> = {
  opinion: "bg-sky-100 text-sky-900 ring-sky-300",
  suggest: "bg-amber-100 text-amber-900 ring-amber-300",
  ack: "bg-emerald-100 text-emerald-900 ring-emerald-300",
  nack: "bg-rose-100 text-rose-900 ring-rose-300",
  decide: "bg-slate-900 text-white ring-slate-900",
  // The relay layer is not the protocol: dashed and quiet.
  suspicions: "bg-violet-50 text-violet-900 ring-violet-300 border border-dashed border-violet-400",
};

/** A relayed suspect list in words: "{p2, p4}" or "nobody". */
export function suspectList(list: readonly number[]): string {
  return list.length ? `{${list.map((q) => `p${q}`).join(", ")}}` : "nobody";
}

/** The chip's text for any message on the wire: "r2 ACK", or "suspect list" for a relayed list. */
export function messageChip(p: Message): string {
  return p.kind === "suspicions" ? KIND_NAME.suspicions : `r${p.round} ${KIND_NAME[p.kind]}`;
}

/** What a message carries, e.g. "v = 1, t = 0" (in Paxos words "v = 1, b = 0") or "1". */
export function payloadDetail(p: Message, lex: Lexicon = LECTURE_WORDS): string {
  switch (p.kind) {
    case "suspicions":
      return suspectList(p.suspects);
    case "opinion":
      return `v = ${p.value}, ${lex.ts} = ${p.ts}`;
    case "suggest":
    case "decide":
      return `value ${p.value}`;
    default:
      return "";
  }
}

/** One line: "round 2 suggestion: value 1". */
export function payloadText(p: Payload): string {
  const detail = payloadDetail(p);
  return `round ${p.round} ${KIND_NAME[p.kind]}${detail ? `: ${detail}` : ""}`;
}

export interface PhaseInWords {
  /** 1–4, or null when the process no longer takes part in rounds. */
  phase: 1 | 2 | 3 | 4 | null;
  /** The round that phase belongs to: a coordinator's phase 4 may trail its current round. */
  round: number;
  title: string;
  text: string;
}

/** The phase of the current round this process is in, from its own view only, in a lens's words. */
export function phaseOf(view: ProcessView, lex: Lexicon = LECTURE_WORDS): PhaseInWords {
  const paxos = lex !== LECTURE_WORDS;
  const c = view.coordinator;
  const isCoordinator = c === view.me;
  const round = view.round;
  if (view.crashed) return { phase: null, round, title: "Crashed", text: "This process has crashed: it takes no more steps." };
  if (view.decided) {
    return { phase: null, round, title: `Decided ${view.decided.value}`, text: `You decided ${view.decided.value} (${lex.round} ${view.decided.round}, tick ${view.decided.tick}). It is final.` };
  }
  const won = view.can.decide ? view.coordinating.find((r) => r.suggestion !== null && r.acks >= view.params.majority) : undefined;
  if (won) {
    return { phase: 4, round: won.round, title: `Phase 4: ${lex.phases[3]}`, text: `The first ${view.params.majority} replies to your ${lex.kind.suggest} of ${won.suggestion} are all ${lex.kind.ack}: ${paxos ? "it is chosen; announce it" : "broadcast DECIDE"}.` };
  }
  if (!view.opined) {
    return { phase: 1, round, title: `Phase 1: send your ${lex.kind.opinion}`, text: `Send your ${paxos ? "last accepted value" : "estimate"} (v = ${view.value}, ${lex.ts} = ${view.ts}) to ${isCoordinator ? `yourself, the ${lex.coordinator}` : `p${c}, the ${lex.coordinator}`}.` };
  }
  const gathering = view.coordinating.find((r) => r.round === view.round && r.suggestion === null);
  if (isCoordinator && gathering) {
    return {
      phase: 2,
      round,
      title: paxos ? "Phase 2: gather promises, then send accept!" : "Phase 2: gather opinions, then suggest",
      text: `${gathering.opinions} of the ${view.params.majority} ${lex.kind.opinion}s you need have arrived. With a majority, ${paxos ? "offer the value accepted in the highest ballot" : "suggest the value with the largest timestamp"}.`,
    };
  }
  if (view.can.ack) return { phase: 3, round, title: `Phase 3: reply to the ${lex.kind.suggest}`, text: `p${c}'s ${lex.kind.suggest} has arrived: ${paxos ? "accept it" : "ACK it"} to adopt its value.` };
  if (view.can.nack) return { phase: 3, round, title: `Phase 3: reply to the ${lex.kind.suggest}`, text: `No ${lex.kind.suggest} yet, and your detector suspects p${c}: you may ${paxos ? "reject this ballot" : "NACK"} and move on.` };
  return { phase: 3, round, title: `Phase 3: wait for the ${lex.kind.suggest}`, text: isCoordinator ? `Wait for your own ${lex.kind.suggest} to reach you.` : `Wait for p${c}'s ${lex.kind.suggest}, or for your detector to suspect p${c}.` };
}

/**
 * The values the protocol allows a coordinator to suggest: among the first majority of this
 * round's opinions, those with the largest timestamp (the engine's own rule).
 */
export function protocolValues(view: ProcessView): Bit[] {
  const first = view.inbox.filter((m) => m.payload.kind === "opinion" && m.payload.round === view.round).slice(0, view.params.majority);
  return first.length < view.params.majority ? [] : allowedSuggestions(first);
}
