/**
 * The game screen's live region for a Ben-Or seat (see app/components/announce.ts): for a
 * process, the messages that reach it, a new round, its coins and its decision; for the
 * adversary, the coins that fall, the processes that decide or crash, and a fairness demand.
 * One short sentence per change.
 */
import type { BenorView } from "@/server/engine/benor/view";

export function announceBenor(before: unknown, after: unknown): string[] {
  const a = before as BenorView | null;
  const b = after as BenorView;
  if (!a || a.phase === "finished" || a.role !== b.role) return [];
  const lines: string[] = [];
  if (a.role === "process" && b.role === "process") {
    const fresh = b.received.slice(a.received.length);
    if (fresh.length === 1) lines.push(`p${fresh[0].from} sent you ${fresh[0].label}.`);
    else if (fresh.length > 1) lines.push(`${fresh.length} messages reached you.`);
    for (const c of b.coins.slice(a.coins.length)) lines.push(`You flipped a coin in round ${c.round}: ${c.value}.`);
    if (b.me.round !== a.me.round) lines.push(`Round ${b.me.round} begins; your x is ${b.me.x}.`);
    if (b.me.decided !== null && a.me.decided === null) lines.push(`You decided ${b.me.decided}.`);
  } else if (a.role === "adversary" && b.role === "adversary") {
    for (const c of b.coins.slice(a.coins.length)) lines.push(`p${c.process} flipped a coin: ${c.value}.`);
    for (const p of b.processes) {
      const was = a.processes[p.process - 1];
      if (p.decided !== null && was?.decided === null) lines.push(`p${p.process} decided ${p.decided}.`);
      if (p.crashed && was && !was.crashed) lines.push(`p${p.process} crashed.`);
    }
    if (b.due && b.due.messageId !== a.due?.messageId) lines.push(`Fairness: deliver message ${b.due.messageId} next, or crash p${b.due.process}.`);
  }
  if (b.phase === "finished") lines.push("The run is over: the outcome is above.");
  return lines;
}
