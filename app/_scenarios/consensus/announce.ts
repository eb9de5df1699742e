/**
 * The game screen's live region for a consensus seat (see app/components/announce.ts): for a
 * process, the messages that reach it, a new round, its suspicions, its decision; for the
 * adversary, the processes that decide. One short sentence per change.
 */
import type { ConsensusView } from "@/server/engine/consensus/view";

const KIND_WORDS: Record<string, string> = { opinion: "an opinion", suggest: "a suggestion", ack: "an ack", nack: "a nack", decide: "a decision" };

export function announceConsensus(before: unknown, after: unknown): string[] {
  const a = before as ConsensusView | null;
  const b = after as ConsensusView;
  if (!a || a.phase === "finished" || a.role !== b.role) return [];
  const lines: string[] = [];
  if (a.role === "process" && b.role === "process") {
    const seen = Math.max(0, ...a.inbox.map((m) => m.id));
    const fresh = b.inbox.filter((m) => m.id > seen);
    if (fresh.length === 1) lines.push(`p${fresh[0].from} sent you ${KIND_WORDS[fresh[0].payload.kind] ?? "a message"} (round ${fresh[0].payload.round}).`);
    else if (fresh.length > 1) lines.push(`${fresh.length} messages reached you.`);
    if (b.round !== a.round) lines.push(`Round ${b.round} begins; p${b.coordinator} coordinates.`);
    const now = b.suspects.filter((q) => !a.suspects.includes(q));
    const cleared = a.suspects.filter((q) => !b.suspects.includes(q));
    if (now.length > 0) lines.push(`Your detector now suspects ${now.map((q) => `p${q}`).join(" and ")}.`);
    if (cleared.length > 0) lines.push(`Your detector no longer suspects ${cleared.map((q) => `p${q}`).join(" and ")}.`);
    if (b.decided && !a.decided) lines.push(`You decided ${b.decided.value}.`);
    if (b.crashed && !a.crashed) lines.push("You crashed: you take no more steps.");
  } else if (a.role === "adversary" && b.role === "adversary") {
    for (const p of b.processes) {
      const was = a.processes.find((q) => q.id === p.id);
      if (p.decided !== null && was?.decided === null) lines.push(`p${p.id} decided ${p.decided}.`);
    }
  }
  if (b.phase === "finished") lines.push("The run is over: the outcome is below.");
  return lines;
}
