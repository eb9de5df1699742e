/** A seat's own rungs of the knowledge ladder, in words, with the time each became true. */
import type { Timeline } from "@/server/engine/timeline";
import { clockLabel } from "./clock";

export interface KnowledgeLadderProps {
  depth: number;
  sentence: string;
  rungs: { level: number; tick: number; sentence: string }[];
  /** The next rung this seat could reach. */
  next: { level: number; sentence: string };
  clock: Timeline["clock"];
}

export function KnowledgeLadder({ depth, sentence, rungs, next, clock }: KnowledgeLadderProps) {
  return (
    <section className="card grid gap-2 content-start" aria-label="What you know">
      <h2 className="font-semibold">What you know</h2>
      <p className="text-lg font-medium" data-testid="knowledge-sentence">{sentence}</p>
      <p className="text-sm text-slate-600">
        Knowledge depth <strong data-testid="knowledge-depth">{depth}</strong>
      </p>
      <p className="text-xs text-slate-600" data-testid="ladder-jumps">
        Your levels go up two at a time: each message that gets through adds one level for its receiver, so your messages lift the other side and only their replies lift you.
      </p>
      <ol className="grid gap-1.5" aria-label="Your knowledge ladder">
        {rungs.map((r) => (
          <li key={r.level} className="flex items-center gap-2 text-sm">
            <span className="grid place-items-center shrink-0 w-6 h-6 rounded-full bg-amber-100 ring-2 ring-amber-600 text-xs font-bold text-amber-900">{r.level}</span>
            <span>{r.sentence}</span>
            <span className="ml-auto text-xs text-slate-500 whitespace-nowrap">{clockLabel(clock, r.tick)}</span>
          </li>
        ))}
        <li className="flex items-center gap-2 text-sm text-slate-500">
          <span className="grid place-items-center shrink-0 w-6 h-6 rounded-full ring-2 ring-dashed ring-slate-300 text-xs font-bold">{next.level}</span>
          <span>next: {next.sentence}</span>
        </li>
      </ol>
    </section>
  );
}

/** The next level a party can hold: the initiator holds even levels, the other odd ones. */
export function nextLevel(depth: number, initiator: boolean): number {
  if (depth === 0) return initiator ? 2 : 1;
  return depth + 2;
}
