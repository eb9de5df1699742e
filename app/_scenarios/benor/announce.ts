/**
 * The game screen's live region for a Ben-Or seat (see app/components/announce.ts): for a
 * process, the messages that reach it, a new round, its coins and its decision; for the
 * adversary, the coins that fall, the processes that decide or crash, and a fairness demand.
 * One short sentence per change.
 */
import type { BenorView } from "@/server/engine/benor/view";
import { announceSeat, arrivals, processNews } from "../_adversary/announce";

export function announceBenor(before: unknown, after: unknown): string[] {
  return announceSeat<BenorView>(before, after, (a, b) => {
    const lines: string[] = [];
    if (a.role === "process" && b.role === "process") {
      lines.push(...arrivals(a.received, b.received));
      for (const c of b.coins.slice(a.coins.length)) lines.push(`You flipped a coin in round ${c.round}: ${c.value}.`);
      if (b.me.round !== a.me.round) lines.push(`Round ${b.me.round} begins; your x is ${b.me.x}.`);
      if (b.me.decided !== null && a.me.decided === null) lines.push(`You decided ${b.me.decided}.`);
    } else if (a.role === "adversary" && b.role === "adversary") {
      for (const c of b.coins.slice(a.coins.length)) lines.push(`p${c.process} flipped a coin: ${c.value}.`);
      lines.push(...processNews(a.processes, b.processes, (p, was) => (p.decided !== null && was?.decided === null ? [`p${p.process} decided ${p.decided}.`] : [])));
      if (b.due && b.due.messageId !== a.due?.messageId) lines.push(`Fairness: deliver message ${b.due.messageId} next, or crash p${b.due.process}.`);
    }
    return lines;
  });
}
