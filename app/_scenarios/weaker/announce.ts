/**
 * The game screen's live region for a weaker-agreement seat (see app/components/announce.ts): for
 * a process, the messages that reach it, a new round and its decision; for the adversary, the
 * processes that send, decide or crash, and a fairness demand. One short sentence per change.
 */
import type { WeakerView } from "@/server/engine/weaker/view";
import { num } from "@/server/engine/weaker/terms";

export function announceWeaker(before: unknown, after: unknown): string[] {
  const a = before as WeakerView | null;
  const b = after as WeakerView;
  if (!a || a.phase === "finished" || a.role !== b.role) return [];
  const lines: string[] = [];
  if (a.role === "process" && b.role === "process") {
    const fresh = b.received.slice(a.received.length);
    if (fresh.length === 1) lines.push(`p${fresh[0].from} sent you ${fresh[0].label}.`);
    else if (fresh.length > 1) lines.push(`${fresh.length} messages reached you.`);
    if (b.me.round !== null && b.me.round !== a.me.round && b.me.decided === null) lines.push(`Round ${b.me.round} begins; your value is ${num(b.me.value ?? 0)}.`);
    if (b.me.decided !== null && a.me.decided === null) lines.push(`You decided ${num(b.me.decided)}.`);
  } else if (a.role === "adversary" && b.role === "adversary") {
    for (const p of b.processes) {
      const was = a.processes[p.process - 1];
      if (p.sent && was && !was.sent) lines.push(`p${p.process} sent its input ${num(p.input)}.`);
      if (p.decided !== null && was?.decided === null) lines.push(`p${p.process} decided ${num(p.decided)}.`);
      if (p.crashed && was && !was.crashed) lines.push(`p${p.process} crashed.`);
    }
    const key = (v: WeakerView) => (v.role === "adversary" && v.due ? JSON.stringify(v.due) : "");
    if (b.due && key(b) !== key(a)) lines.push(b.due.kind === "step" ? `Fairness: let p${b.due.process} send next, or crash it.` : `Fairness: deliver message ${b.due.messageId} next, or crash p${b.due.process}.`);
  }
  if (b.phase === "finished") lines.push("The run is over: the outcome is above.");
  return lines;
}
