/** The adversary's picture of the run: processes on a ring, messages in flight as arrows by kind. */
import type { Message } from "@/server/engine/consensus/types";
import type { AdversaryView } from "@/server/engine/consensus/view";
import { ProcessRing } from "../ProcessRing";
import { useLexicon } from "../lens";

export const KIND_COLOR: Record<Message["kind"], string> = { opinion: "#0284c7", suggest: "#d97706", ack: "#059669", nack: "#e11d48", decide: "#0f172a", suspicions: "#a78bfa" };

export function NetworkRing({ view }: { view: AdversaryView }) {
  const lex = useLexicon();
  const seen = new Set<string>();
  const arrows: { from: number; to: number; color: string }[] = [];
  // Protocol messages first, so a relayed list never hides one on the same pair.
  const ordered = [...view.inFlight].sort((a, b) => Number(a.payload.kind === "suspicions") - Number(b.payload.kind === "suspicions"));
  for (const m of ordered) {
    const key = `${m.from}-${m.to}`;
    if (seen.has(key)) continue;
    seen.add(key);
    arrows.push({ from: m.from, to: m.to, color: KIND_COLOR[m.payload.kind] });
  }
  const decided: Record<number, 0 | 1> = {};
  for (const p of view.processes) if (p.decided !== null) decided[p.id] = p.decided;
  const crashed = view.processes.filter((p) => p.crashed).map((p) => p.id);
  const lead = view.processes.filter((p) => !p.crashed).reduce((a, p) => (p.round > a ? p.round : a), 0);
  const leader = view.processes.find((p) => !p.crashed && p.round === lead);
  return (
    <figure className="card grid gap-2 content-start">
      <ProcessRing
        n={view.params.n}
        coordinator={leader?.coordinator}
        crashed={crashed}
        decided={decided}
        arrows={arrows}
        className="w-full max-w-64 h-auto mx-auto"
        label={`${view.inFlight.length} messages in flight; crashed: ${crashed.map((p) => `p${p}`).join(", ") || "none"}; decided: ${Object.keys(decided).length} of ${view.params.n}`}
      />
      <figcaption className="flex flex-wrap justify-center gap-x-3 gap-y-1 text-xs text-slate-600">
        {(Object.keys(KIND_COLOR) as Message["kind"][]).filter((k) => k !== "suspicions" || view.params.strongCompleteness).map((k) => (
          <span key={k} className="flex items-center gap-1">
            <span className="inline-block w-3 h-0.5" style={{ background: KIND_COLOR[k] }} />
            {lex.kind[k]}
          </span>
        ))}
        {leader && <span><span className="inline-block w-2.5 h-2.5 rounded-full ring-2 ring-amber-500 align-middle" /> {lex.coordinator} of {lex.round} {lead}</span>}
      </figcaption>
    </figure>
  );
}
