/**
 * The words consensus's screens use, in two vocabularies: the lecture's rotating coordinator and
 * Paxos's (the lecture's "◇S consensus as Paxos"). A lens is presentation only: the same run, the
 * same views, renamed. Zod-free, since every consensus screen's bundle reads it.
 */
import type { Message } from "./types";

export const LENSES = ["lecture", "paxos"] as const;
export type Lens = (typeof LENSES)[number];

/** Every word a consensus screen shows that the lens renames. */
export interface Lexicon {
  /** "round" or "ballot", lower case. */
  round: string;
  Round: string;
  /** The round's leader: "coordinator" or "proposer". */
  coordinator: string;
  /** Each party: "process" or "acceptor". */
  process: string;
  /** A message's kind as a chip shows it. */
  kind: Record<Message["kind"], string>;
  /** The four phases of a round, as the phase strip names them. */
  phases: readonly [string, string, string, string];
  /** The estimate and its timestamp. */
  estimate: string;
  timestamp: string;
  /** The timestamp in a message's detail: "t" or "b". */
  ts: string;
  /** The moves' buttons. */
  moves: { opinion: string; suggest: (v: number) => string; ack: string; nack: string; decide: string; relay: string };
  /** The decision, as a timeline mark says it. */
  decide: (v: number) => string;
  /** "You coordinate round r" and its twin. */
  youLead: (r: number) => string;
}

export const LECTURE_WORDS: Lexicon = {
  round: "round",
  Round: "Round",
  coordinator: "coordinator",
  process: "process",
  kind: { opinion: "opinion", suggest: "suggestion", ack: "ACK", nack: "NACK", decide: "DECIDE", suspicions: "suspect list" },
  phases: ["opinions", "suggest", "reply", "decide"],
  estimate: "estimate v",
  timestamp: "timestamp t",
  ts: "t",
  moves: { opinion: "Send my opinion", suggest: (v) => `Suggest ${v}`, ack: "ACK the suggestion", nack: "NACK", decide: "Broadcast DECIDE", relay: "Relay DECIDE" },
  decide: (v) => `decide ${v}`,
  youLead: (r) => `You coordinate round ${r}.`,
};

export const PAXOS_WORDS: Lexicon = {
  round: "ballot",
  Round: "Ballot",
  coordinator: "proposer",
  process: "acceptor",
  kind: { opinion: "promise", suggest: "accept!", ack: "accepted", nack: "rejected", decide: "chosen", suspicions: "suspect list" },
  phases: ["promise", "accept!", "accepted", "learn"],
  estimate: "accepted value",
  timestamp: "accepted ballot",
  ts: "b",
  moves: { opinion: "Send my promise", suggest: (v) => `Send accept! ${v}`, ack: "Accept the value", nack: "Reject the ballot", decide: "Announce it chosen", relay: "Repeat the announcement" },
  decide: (v) => `learn ${v}`,
  youLead: (r) => `You propose and learn in ballot ${r}.`,
};

export const LEXICON: Record<Lens, Lexicon> = { lecture: LECTURE_WORDS, paxos: PAXOS_WORDS };

export const isLens = (x: unknown): x is Lens => x === "lecture" || x === "paxos";

/** The chip of a message in a lens: "r2 ACK" or "b2 accepted". */
export function lensChip(lex: Lexicon, p: Message): string {
  return p.kind === "suspicions" ? lex.kind.suspicions : `${lex.round[0]}${p.round} ${lex.kind[p.kind]}`;
}

/**
 * A timeline message label (consensus/timeline.ts writes "r2 v=1 t=0", "r2 suggest 1", "r2 ACK",
 * "r2 NACK", "DECIDE 1") in Paxos words; other labels (suspect lists) pass unchanged.
 */
export function paxosLabel(label: string): string {
  const m = /^r(\d+) (?:v=(\d) t=(\d+)|suggest (\d)|(ACK)|(NACK))$/.exec(label);
  if (m) {
    const [, r, v, t, s, ack, nack] = m;
    if (v !== undefined) return `b${r} promise v=${v} b=${t}`;
    if (s !== undefined) return `b${r} accept! ${s}`;
    if (ack) return `b${r} accepted`;
    if (nack) return `b${r} rejected`;
  }
  const d = /^DECIDE (\d)$/.exec(label);
  return d ? `chosen ${d[1]}` : label;
}

/** One sentence per correspondence and per difference, in our own words. */
export interface Correspondence {
  lecture: string;
  paxos: string;
  /** "same": the two name one thing; "differs": where the rotating coordinator is not quite Paxos. */
  how: "same" | "differs";
  sentence: string;
  /**
   * Set on the rows the class is asked to match (matching.ts): the option's id, the lecture term
   * as the question names it, and the Paxos twin as the option reads.
   */
  asked?: { id: string; term: string; twin: string };
}

export const CORRESPONDENCES: readonly Correspondence[] = [
  { lecture: "process", paxos: "acceptor", how: "same", sentence: "Every process is an acceptor: a value is chosen once a majority of them accept it in one ballot." },
  { lecture: "round r", paxos: "ballot r", how: "same", sentence: "Round r is ballot r: later rounds are higher ballots, and a process in round r no longer answers earlier ones.", asked: { id: "ballot", term: "round r", twin: "ballot r" } },
  { lecture: "coordinator (r mod n) + 1", paxos: "distinguished proposer and learner", how: "same", sentence: "The round's coordinator both proposes the ballot's value and is the one who learns that it was chosen.", asked: { id: "proposer", term: "the coordinator (r mod n) + 1", twin: "proposer and learner" } },
  { lecture: "opinion (v, t)", paxos: "promise with the last accepted value", how: "same", sentence: "Phase 1 sends the proposer the value each acceptor last accepted and the ballot it accepted it in, like a promise in Paxos.", asked: { id: "promise", term: "an opinion (v, t)", twin: "a promise with the last accepted value" } },
  { lecture: "suggest the value with the largest t", paxos: "accept! with the highest-ballot value", how: "same", sentence: "The coordinator must offer the value accepted in the highest ballot among a majority, exactly Paxos's rule for phase 2a.", asked: { id: "accept", term: "the suggestion", twin: "accept!" } },
  { lecture: "ACK", paxos: "accepted", how: "same", sentence: "An ACK is an acceptance: the process adopts the value and records this round as its timestamp.", asked: { id: "accepted", term: "an ACK", twin: "accepted" } },
  { lecture: "NACK", paxos: "rejected (moving to a higher ballot)", how: "differs", sentence: "A NACK is sent because the detector suspects the coordinator, not because a higher ballot was promised: the process simply moves on to the next ballot." },
  { lecture: "DECIDE", paxos: "the learner's announcement", how: "same", sentence: "When the first majority of replies are all ACKs, the coordinator has learned the chosen value and announces it to everyone.", asked: { id: "announce", term: "DECIDE", twin: "the learner's announcement" } },
  { lecture: "the round structure", paxos: "unique proposal numbers", how: "differs", sentence: "Ballots are not picked freely by proposers: round r belongs to one coordinator only, so proposal numbers are unique for free." },
  { lecture: "phase 1 starts on its own", paxos: "no prepare message", how: "differs", sentence: "No one sends a prepare: everyone knows who leads ballot r, so acceptors send their promise unasked when they enter the round." },
  { lecture: "all timestamps 0", paxos: "no value accepted yet", how: "differs", sentence: "When no opinion in the majority carries a timestamp, nothing can have been chosen yet: the coordinator may offer any input it heard, and either is safe." },
  { lecture: "◇S detector", paxos: "leader election", how: "differs", sentence: "Paxos leaves progress to some leader election; here the rotation plus ◇S's eventual accuracy ensure some round's coordinator is never wrongly suspected." },
];
