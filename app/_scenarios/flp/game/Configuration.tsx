"use client";
/**
 * The configuration as the scheduler sees it: every process's local state, and the buffer as
 * envelopes. With controls (a live scheduler), each process has its λ-step button and, while a
 * crash is left, a crash button that asks for confirmation; each envelope is the button that
 * delivers it. A hint shows, on each button, the valency that step leads to. The overdue
 * obligation (`view.due`) is marked: the server refuses any other step.
 */
import { useState } from "react";
import type { FlpMove, FlpSchedulerView } from "@/server/engine/flp";
import type { FlpValency } from "@/server/engine/flp/terms";
import { VALENCY_TONE, ValencyChip } from "./valency";
import { plural } from "./words";

type Move = (m: FlpMove) => Promise<void>;

export function Configuration({ view, move }: { view: FlpSchedulerView; move: Move | null }) {
  return (
    <div className="grid gap-4">
      <Processes view={view} move={move} />
      <Buffer view={view} move={move} />
    </div>
  );
}

function hintFor(view: FlpSchedulerView, process: number, messageId: number | null): FlpValency | null {
  return view.hint?.find((h) => h.process === process && h.messageId === messageId)?.valency ?? null;
}

/** How close an obligation is to the fairness bound: calm, soon, due now. */
function urgency(waited: number, bound: number, due: boolean): string {
  if (due) return "text-rose-800 font-semibold";
  if (waited >= bound - 1) return "text-amber-800 font-semibold";
  return "text-slate-600";
}

function Processes({ view, move }: { view: FlpSchedulerView; move: Move | null }) {
  const [confirming, setConfirming] = useState<number | null>(null);
  return (
    <section className="grid gap-2 content-start" aria-label="Processes">
      <h2 className="font-semibold">Processes</h2>
      <ul className="grid gap-2 sm:grid-cols-3">
        {view.processes.map((p) => {
          const due = view.due?.kind === "step" && view.due.process === p.process;
          const hint = hintFor(view, p.process, null);
          const controls = move !== null && !p.crashed;
          return (
            <li
              key={p.process}
              className={`card !p-3 grid gap-x-3 gap-y-2 content-start items-start ${controls ? "grid-cols-[minmax(0,1fr)_8.75rem] sm:grid-cols-1" : ""} ${
                p.crashed ? "!bg-slate-100" : ""
              } ${due ? "!ring-2 !ring-rose-500" : ""}`}
              aria-label={`Process p${p.process}`}
              data-testid={`process-${p.process}`}
            >
              <div className="grid gap-2 content-start">
                <div className="flex flex-wrap items-center gap-2">
                  <span className={`grid place-items-center w-9 h-9 rounded-full text-white text-sm font-bold ${p.crashed ? "bg-slate-600" : "bg-slate-800"}`}>p{p.process}</span>
                  <span className="text-sm">
                    input <strong className="font-mono">{p.input}</strong>
                  </span>
                  {p.decided !== null && (
                    <span className={`ml-auto rounded-full px-2 py-0.5 text-xs font-bold ring-1 ${VALENCY_TONE[p.decided === 0 ? "0" : "1"].chip}`} data-testid="decided">
                      decided {p.decided}
                    </span>
                  )}
                  {p.crashed && <span className="ml-auto rounded-full px-2 py-0.5 text-xs font-bold bg-slate-900 text-white">✕ crashed</span>}
                </div>
                <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-xs">
                  {p.facts
                    .filter(([k]) => k !== "input")
                    .map(([k, v]) => (
                      <div key={k} className="contents">
                        <dt className="text-slate-600">{k}</dt>
                        <dd className="font-mono text-slate-900">{v}</dd>
                      </div>
                    ))}
                </dl>
                {!p.crashed && (
                  <p className={`text-xs ${urgency(p.waiting, view.params.bound, due)}`} data-testid="waiting">
                    {due ? `Must step next: waited ${plural(p.waiting, "step")}` : `waiting ${plural(p.waiting, "step")}`}
                  </p>
                )}
              </div>
              {controls && (
                <div className="grid gap-1.5">
                  <button
                    type="button"
                    className={`min-h-11 rounded-lg px-3 py-2 text-sm font-semibold ring-1 flex flex-wrap items-center justify-between gap-x-2 gap-y-1 ${
                      due ? "bg-rose-700 text-white ring-rose-800 hover:bg-rose-600" : "bg-white text-slate-900 ring-slate-300 hover:bg-slate-50"
                    } ${hint ? `ring-2 ${VALENCY_TONE[hint].ring}` : ""} ${view.due && !due ? "!bg-slate-100 !ring-slate-200" : ""}`}
                    aria-label={`p${p.process} takes a λ step${hint ? `: leads to ${hint === "bivalent" ? "a bivalent" : `a ${hint}-valent`} configuration` : ""}`}
                    onClick={() => void move?.({ type: "step", process: p.process })}
                    data-step={p.process}
                    data-due={due || undefined}
                    data-hint={hint ?? undefined}
                  >
                    <span className="whitespace-nowrap">
                      λ step <span className="font-normal">p{p.process}</span>
                    </span>
                    {hint && <ValencyChip valency={hint} />}
                  </button>
                  {view.crashLeft &&
                    (confirming === p.process ? (
                      <div className="grid gap-1.5 sm:flex" role="group" aria-label={`Crash p${p.process}?`}>
                        <button
                          type="button"
                          className="btn-danger min-h-11 flex-1 !px-2 !py-1.5 text-sm"
                          onClick={() => {
                            setConfirming(null);
                            void move?.({ type: "crash", process: p.process });
                          }}
                        >
                          Crash p{p.process} for good
                        </button>
                        <button type="button" className="min-h-11 rounded-lg px-3 text-sm ring-1 ring-slate-300 bg-white" onClick={() => setConfirming(null)}>
                          Cancel
                        </button>
                      </div>
                    ) : (
                      <button type="button" className="min-h-11 rounded-lg px-3 py-1.5 text-sm font-semibold text-rose-800 ring-1 ring-rose-200 bg-rose-50 hover:bg-rose-100" onClick={() => setConfirming(p.process)}>
                        Crash p{p.process}…
                      </button>
                    ))}
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function Buffer({ view, move }: { view: FlpSchedulerView; move: Move | null }) {
  const crashed = view.processes.find((p) => p.crashed)?.process ?? null;
  return (
    <section className="grid gap-2 content-start" aria-label="Message buffer">
      <div className="flex flex-wrap items-baseline gap-x-3">
        <h2 className="font-semibold">Buffer</h2>
        <p className="text-xs text-slate-600">
          {view.buffer.length === 0 ? "empty: only λ steps are possible" : `${plural(view.buffer.length, "envelope")}${move ? ": tap one to deliver it" : ""}`}
        </p>
      </div>
      {view.buffer.length > 0 && (
        <ul className="flex flex-wrap gap-2 rounded-2xl bg-amber-50 ring-1 ring-amber-200 p-2">
          {view.buffer.map((m) => {
            const due = view.due?.kind === "deliver" && view.due.messageId === m.id;
            const dead = m.to === crashed;
            const hint = hintFor(view, m.to, m.id);
            const body = (
              <>
                <span className="flex items-center justify-between gap-2">
                  <span className="font-semibold">{m.label}</span>
                  <span className="text-[0.7rem] text-slate-600">#{m.id}</span>
                </span>
                <span className="text-xs">
                  p{m.from} → p{m.to}
                </span>
                <span className={`text-[0.7rem] ${dead ? "text-slate-700" : urgency(m.waiting, view.params.bound, due)}`}>
                  {dead ? `p${m.to} crashed: never delivered` : due ? `deliver now: waited ${m.waiting}` : `waited ${m.waiting}`}
                </span>
                {hint && <ValencyChip valency={hint} className="justify-self-start" />}
              </>
            );
            // While something else is overdue, the server refuses this one: it greys (its text keeps its contrast).
            const tone = `${due ? "bg-rose-50 ring-2 ring-rose-500" : hint ? `bg-white ring-2 ${VALENCY_TONE[hint].ring}` : "bg-white ring-1 ring-slate-300"} ${view.due && !due ? "!bg-slate-100 !ring-slate-200" : ""}`;
            return (
              <li key={m.id} data-message={m.id} className="min-w-[8.5rem] flex-1 sm:flex-none">
                {move && !dead ? (
                  <button
                    type="button"
                    className={`envelope w-full min-h-11 rounded-lg px-3 py-2 text-left grid gap-0.5 shadow-sm hover:-translate-y-0.5 transition-transform ${tone}`}
                    aria-label={`Deliver ${m.label} from p${m.from} to p${m.to}, waited ${plural(m.waiting, "step")}${due ? ", overdue" : ""}${
                      hint ? `: leads to ${hint === "bivalent" ? "a bivalent" : `a ${hint}-valent`} configuration` : ""
                    }`}
                    data-deliver={m.id}
                    data-due={due || undefined}
                    data-hint={hint ?? undefined}
                    onClick={() => void move({ type: "deliver", messageId: m.id })}
                  >
                    {body}
                  </button>
                ) : (
                  <div className={`envelope rounded-lg px-3 py-2 grid gap-0.5 ${dead ? "bg-slate-100 ring-1 ring-slate-200 text-slate-700" : tone}`}>{body}</div>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
