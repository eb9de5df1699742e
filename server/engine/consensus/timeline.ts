/** A consensus run as a timeline: a line per process, every message, decisions and crashes. */
import type { Timeline } from "../timeline";
import type { ConsensusState, ConsensusEvent, Message } from "./types";
import { processSeat } from "./terms";
import { scoreConsensus } from "./scoring";

const LABEL: Record<Message["kind"], (p: Message) => string> = {
  opinion: (p) => (p.kind === "opinion" ? `r${p.round} v=${p.value} t=${p.ts}` : ""),
  suggest: (p) => (p.kind === "suggest" ? `r${p.round} suggest ${p.value}` : ""),
  ack: (p) => (p.kind === "ack" ? `r${p.round} ACK` : ""),
  nack: (p) => (p.kind === "nack" ? `r${p.round} NACK` : ""),
  decide: (p) => (p.kind === "decide" ? `DECIDE ${p.value}` : ""),
  // The relay layer's lists: marked apart from the protocol's messages.
  suspicions: (p) => (p.kind === "suspicions" ? `suspects {${p.suspects.map((q) => `p${q}`).join(",")}}` : ""),
};

export function consensusTimeline(state: ConsensusState, events: readonly { type: string; tick: number }[]): Timeline {
  const sent = new Map<number, { from: number; to: number; sentAt: number; payload: Message }>();
  const settled = new Map<number, { fate: "delivered" | "lost"; at: number }>();
  const decisions: Timeline["decisions"] = [];
  const marks: NonNullable<Timeline["marks"]> = [];
  for (const raw of events) {
    const e = raw as ConsensusEvent;
    if (e.type === "send") sent.set(e.messageId, { from: e.from, to: e.to, sentAt: e.tick, payload: e.payload });
    else if (e.type === "deliver") settled.set(e.messageId, { fate: "delivered", at: e.tick });
    else if (e.type === "drop") settled.set(e.messageId, { fate: "lost", at: e.tick });
    else if (e.type === "decide") decisions.push({ party: processSeat(e.process), tick: e.tick, label: `decide ${e.value}`, acts: e.value === 1, byDefault: false });
    else if (e.type === "crash") marks.push({ party: processSeat(e.process), tick: e.tick, label: "crash", tone: "bad" });
  }
  const messages: Timeline["messages"] = [];
  for (const [id, m] of sent) {
    if (m.from === m.to) continue; // a process's note to itself crosses no network
    const s = settled.get(id);
    messages.push({
      id,
      from: processSeat(m.from),
      to: processSeat(m.to),
      label: LABEL[m.payload.kind](m.payload),
      acked: 0,
      sentAt: m.sentAt,
      arrivesAt: s?.at ?? state.tick,
      fate: s ? s.fate : "late",
      settledAt: s?.at ?? state.tick,
      lostBy: s?.fate === "lost" ? "chance" : null,
      ...(m.payload.kind === "suspicions" ? { layer: "relay" as const } : {}),
    });
  }
  const verdictMarks = decisions.length > 1 && new Set(decisions.map((d) => d.label)).size > 1;
  if (verdictMarks) for (const d of decisions) marks.push({ party: d.party, tick: d.tick, label: "disagrees", tone: "bad" });
  const scores = scoreConsensus(state);
  return {
    scenario: "consensus",
    parties: state.procs.map((p) => ({ id: processSeat(p.id), name: `p${p.id}` })),
    endTick: state.tick,
    endLabel: state.outcome === "decided" ? "all decided" : "limit",
    clock: "tick",
    messages,
    decisions,
    rungs: [],
    words: { A: "p1", B: "p2", object: "" },
    outcome: state.outcome ?? "undecided",
    scores,
    marks,
  };
}
