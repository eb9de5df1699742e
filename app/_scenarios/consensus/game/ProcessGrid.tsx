"use client";
/**
 * The adversary's view of every process, one card each: its round and coordinator, estimate,
 * a badge when it decided or crashed, its detector's suspicions as toggles (pressed = suspects),
 * and a Crash button. The server keeps the class's rules: a forbidden suspicion or crash comes
 * back as a CLASS_VIOLATION on the error line.
 */
import type { ConsensusMove } from "@/server/engine/consensus/bots";
import { DETECTOR_NAMES } from "@/server/engine/consensus/terms";
import type { AdversaryView } from "@/server/engine/consensus/view";
import { PARTY_INKS } from "@/app/components/clock";
import { useLexicon } from "../lens";

export function ProcessGrid({ view, move }: { view: AdversaryView; move: (m: ConsensusMove) => Promise<void> }) {
  const running = view.phase === "running";
  const shielded = view.protectedProcess;
  const lex = useLexicon();
  return (
    <section className="grid gap-2 content-start" aria-label="Processes">
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <h2 className="font-semibold">{lex.round === "ballot" ? "Acceptors" : "Processes"}</h2>
        <p className="text-sm text-slate-600" data-testid="crashes-left">
          Crashes left: <strong>{view.crashesLeft}</strong> (f = {view.params.f})
        </p>
      </div>
      {shielded !== null && (
        <p className="text-xs text-slate-600">
          <Shield className="inline w-4 h-4 -mt-0.5 text-sky-700" /> p{shielded} is protected: the {DETECTOR_NAMES[view.params.detector]} promise rests on it staying correct, so it cannot crash
          {view.params.detector === "S" || view.params.detector === "W" ? " and nobody may ever suspect it." : ", and after GST nobody may suspect it."}
        </p>
      )}
      <ul className="grid gap-2 grid-cols-2 xl:grid-cols-3">
        {view.processes.map((p) => {
          const others = view.processes.filter((q) => q.id !== p.id);
          const isShielded = p.id === shielded;
          return (
            <li
              key={p.id}
              className={`card !p-3 grid gap-2 content-start ${p.crashed ? "opacity-70 bg-slate-100" : ""}`}
              aria-label={`Process p${p.id}`}
              data-testid={`process-${p.id}`}
            >
              <div className="flex items-center gap-2">
                <span className="grid place-items-center w-8 h-8 rounded-full text-white text-sm font-bold" style={{ background: p.crashed ? "#64748b" : PARTY_INKS[(p.id - 1) % PARTY_INKS.length] }}>
                  p{p.id}
                </span>
                <span className="text-sm font-semibold" data-testid="round">{lex.round} {p.round}</span>
                {isShielded && <Shield className="ml-auto w-5 h-5 text-sky-700" label={`p${p.id} is protected`} />}
              </div>
              {(p.decided !== null || p.crashed) && (
                <div className="flex flex-wrap gap-1">
                  {p.decided !== null && <Badge tone="bg-emerald-100 text-emerald-900 ring-emerald-300" label={`decided ${p.decided}`}>decided {p.decided}</Badge>}
                  {p.crashed && <Badge tone="bg-slate-900 text-white ring-slate-900" label="crashed">✕ crashed</Badge>}
                </div>
              )}
              <p className="text-xs text-slate-600">
                {lex.coordinator} <strong data-testid="coordinator-of">p{p.coordinator}</strong>
                {p.coordinator === p.id ? " (itself)" : ""} · v = {p.value}, {lex.ts} = {p.ts} · {p.opined ? `${lex.kind.opinion} sent` : `no ${lex.kind.opinion} yet`}
              </p>
              <div className="grid gap-1">
                <p className="text-xs text-slate-500">Its detector suspects:</p>
                <div className="flex flex-wrap gap-1" role="group" aria-label={`p${p.id}'s detector`}>
                  {others.map((q) => {
                    const on = p.suspects.includes(q.id);
                    return (
                      <button
                        key={q.id}
                        type="button"
                        aria-pressed={on}
                        aria-label={`p${p.id} suspects p${q.id}`}
                        disabled={!running || p.crashed}
                        onClick={() => void move({ type: on ? "unsuspect" : "suspect", process: p.id, target: q.id })}
                        className={`rounded-md px-2 py-1 text-xs font-semibold ring-1 disabled:opacity-40 ${
                          on ? "bg-rose-700 text-white ring-rose-800" : "bg-white text-slate-700 ring-slate-300 hover:bg-slate-100"
                        } ${q.crashed ? "line-through" : ""}`}
                      >
                        p{q.id}
                      </button>
                    );
                  })}
                </div>
              </div>
              <button
                type="button"
                className="btn-danger !py-1 !px-3 text-sm justify-self-start"
                disabled={!running || p.crashed || isShielded || view.crashesLeft === 0}
                onClick={() => void move({ type: "crash", process: p.id })}
              >
                Crash p{p.id}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function Badge({ tone, label, children }: { tone: string; label: string; children: React.ReactNode }) {
  return (
    <span className={`rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ${tone}`} data-badge={label}>
      {children}
    </span>
  );
}

/** The protected process's mark: a shield (no emoji, which some systems cannot draw). */
function Shield({ className, label }: { className: string; label?: string }) {
  return (
    <svg viewBox="0 0 20 20" className={className} role={label ? "img" : undefined} aria-label={label} aria-hidden={label ? undefined : true}>
      {label && <title>{label}</title>}
      <path d="M10 1.5 L17 4.5 V9.5 C17 14 13.8 17.2 10 18.5 C6.2 17.2 3 14 3 9.5 V4.5 Z" fill="currentColor" />
      <path d="M6.5 10 L9 12.5 L13.5 7.5" stroke="#fff" strokeWidth="2" fill="none" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
