/**
 * The game screen's live region for a Falcon seat (see app/components/announce.ts). The operator
 * hears its timeout firing and clearing, each spy answer or kill confirmation, and each failover;
 * chaos hears the service stop or resume replying, a failover, and its own faults' fate. Never one
 * line per heartbeat: ten a second would drown everything else.
 */
import type { FalconView } from "@/server/engine/falcon/views";

export function announceFalcon(before: unknown, after: unknown): string[] {
  const a = before as FalconView | null;
  const b = after as FalconView;
  if (!a || a.phase === "finished" || a.role !== b.role) return [];
  const lines: string[] = [];
  if (a.role === "operator" && b.role === "operator") {
    if (b.suspecting && !a.suspecting) lines.push(`Your timeout fired: no heartbeat for ${(b.silentMs / 1000).toFixed(1)} s.`);
    if (!b.suspecting && a.suspecting && b.incarnation === a.incarnation) lines.push("Heartbeats again.");
    const fresh = b.answersReceived - a.answersReceived;
    for (const ans of fresh > 0 ? b.answers.slice(-fresh) : []) lines.push(ans.kind === "kill" ? `Kill of the ${ans.layer}: ${ans.answer}.` : `The ${ans.layer} spy says ${ans.answer}.`);
    if (b.incarnation !== a.incarnation) lines.push(`Failed over: instance ${b.incarnation} is in service.`);
  } else if (a.role === "chaos" && b.role === "chaos") {
    for (const f of b.injected.slice(a.injected.length)) lines.push(f.effect === "fizzled" ? `Your ${f.kind} fizzled.` : `Your ${f.kind} struck.`);
    if (a.replying && !b.replying) lines.push("The service stopped replying.");
    if (!a.replying && b.replying) lines.push("The service replies again.");
    if (b.failovers.length > a.failovers.length) lines.push(`The operator failed over: instance ${b.incarnation} is in service.`);
  }
  if (b.phase === "finished") lines.push("The game is over: the debrief is below.");
  return lines;
}
