/**
 * What the live regions of the adversary-network scenarios share (see app/components/announce.ts):
 * nothing before the first view, after the end or across a change of role; what reached a process;
 * each process's news, its crash last; the closing line. The scenario says its own news.
 */
interface SeatView {
  role: string;
  phase: string;
}

/** The scenario's lines between two views of one seat, and the closing line once the run is over. */
export function announceSeat<V extends SeatView>(before: unknown, after: unknown, news: (a: V, b: V) => string[]): string[] {
  const a = before as V | null;
  const b = after as V;
  if (!a || a.phase === "finished" || a.role !== b.role) return [];
  const lines = news(a, b);
  if (b.phase === "finished") lines.push("The run is over: the outcome is above.");
  return lines;
}

/** The messages that reached a process since the last view: the one by name, or how many. */
export function arrivals(before: readonly unknown[], after: readonly { from: number; label: string }[]): string[] {
  const fresh = after.slice(before.length);
  if (fresh.length === 1) return [`p${fresh[0].from} sent you ${fresh[0].label}.`];
  if (fresh.length > 1) return [`${fresh.length} messages reached you.`];
  return [];
}

/** For the adversary: each process's own news (`news`), then its crash. */
export function processNews<P extends { process: number; crashed: boolean }>(before: readonly P[], after: readonly P[], news: (p: P, was: P | undefined) => string[]): string[] {
  const lines: string[] = [];
  for (const p of after) {
    const was = before[p.process - 1];
    lines.push(...news(p, was));
    if (p.crashed && was && !was.crashed) lines.push(`p${p.process} crashed.`);
  }
  return lines;
}
