/**
 * The game screen's live region for a weaker-agreement seat (see app/components/announce.ts): for
 * a process, the messages that reach it, a new round and its decision; for the adversary, the
 * processes that send, decide or crash, and a fairness demand. One short sentence per change.
 */
import type { WeakerView } from "@/server/engine/weaker/view";
import { num } from "@/server/engine/weaker/terms";
import { announceSeat, arrivals, processNews } from "../_adversary/announce";

export function announceWeaker(before: unknown, after: unknown): string[] {
  return announceSeat<WeakerView>(before, after, (a, b) => {
    const lines: string[] = [];
    if (a.role === "process" && b.role === "process") {
      lines.push(...arrivals(a.received, b.received));
      if (b.me.round !== null && b.me.round !== a.me.round && b.me.decided === null) lines.push(`Round ${b.me.round} begins; your value is ${num(b.me.value ?? 0)}.`);
      if (b.me.decided !== null && a.me.decided === null) lines.push(`You decided ${num(b.me.decided)}.`);
    } else if (a.role === "adversary" && b.role === "adversary") {
      lines.push(
        ...processNews(a.processes, b.processes, (p, was) => [
          ...(p.sent && was && !was.sent ? [`p${p.process} sent its input ${num(p.input)}.`] : []),
          ...(p.decided !== null && was?.decided === null ? [`p${p.process} decided ${num(p.decided)}.`] : []),
        ]),
      );
      const key = (v: WeakerView) => (v.role === "adversary" && v.due ? JSON.stringify(v.due) : "");
      if (b.due && key(b) !== key(a)) lines.push(b.due.kind === "step" ? `Fairness: let p${b.due.process} send next, or crash it.` : `Fairness: deliver message ${b.due.messageId} next, or crash p${b.due.process}.`);
    }
    return lines;
  });
}
