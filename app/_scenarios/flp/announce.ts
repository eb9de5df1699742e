/**
 * The game screen's live region for an FLP seat (see app/components/announce.ts): for the
 * scheduler, a change of valency and each decision; for a process, its own decision. Refusals
 * are announced by the notice itself. One short sentence per change.
 */
import type { FlpView } from "@/server/engine/flp";
import { VALENCY_WORDS } from "@/server/engine/flp/terms";

export function announceFlp(before: unknown, after: unknown): string[] {
  const a = before as FlpView | null;
  const b = after as FlpView;
  if (!a || a.phase === "finished" || a.role !== b.role) return [];
  const lines: string[] = [];
  if (a.role === "scheduler" && b.role === "scheduler") {
    if (b.valency !== a.valency) lines.push(`Now ${VALENCY_WORDS[b.valency]}.`);
    for (const d of b.decisions) if (!a.decisions.some((x) => x.process === d.process)) lines.push(`p${d.process} decided ${d.value}.`);
  } else if (a.role === "process" && b.role === "process") {
    if (b.me.decided !== null && a.me.decided === null) lines.push(`You decided ${b.me.decided}.`);
  }
  if (b.phase === "finished") lines.push("The game is over: the outcome is above.");
  return lines;
}
