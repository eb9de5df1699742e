"use client";
/**
 * Why the configuration has its valency: the shortest schedule from here to a 0-decision and the
 * shortest to a 1-decision (the server's search found them). "Replay" walks through one in words,
 * a step every 0.8 s, in the browser only: no move reaches the server.
 */
import { useEffect, useState } from "react";
import type { FlpSchedulerView } from "@/server/engine/flp";
import { stepSentence, stepText, type StepWords } from "./words";

const STEP_MS = 800;

export function Evidence({ view }: { view: FlpSchedulerView }) {
  return (
    <section className="card grid gap-3 content-start" aria-label="Evidence">
      <div className="grid gap-0.5">
        <h2 className="font-semibold">Why: the two decisions within reach</h2>
        <p className="text-xs text-slate-600">The shortest schedules from this configuration to each decision, as the server found them.</p>
      </div>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-1">
        {/* A new configuration is a new walk-through: the key resets it. */}
        <Schedule key={`0:${view.step}`} value={0} steps={view.evidence[0]} />
        <Schedule key={`1:${view.step}`} value={1} steps={view.evidence[1]} />
      </div>
    </section>
  );
}

function Schedule({ value, steps }: { value: 0 | 1; steps: StepWords[] | null }) {
  const [at, setAt] = useState<number | null>(null);
  useEffect(() => {
    if (at === null || !steps) return;
    const timer = setTimeout(() => setAt(at + 1 > steps.length ? null : at + 1), STEP_MS);
    return () => clearTimeout(timer);
  }, [at, steps]);
  const tone = value === 0 ? "bg-sky-50 ring-sky-200" : "bg-orange-50 ring-orange-200";
  return (
    <div className={`rounded-xl ring-1 p-3 grid gap-2 content-start ${tone}`} data-testid={`evidence-${value}`}>
      <div className="flex items-center gap-2">
        <h3 className="text-sm font-semibold">To a {value}-decision</h3>
        {steps && steps.length > 0 && (
          <button type="button" className="ml-auto min-h-11 rounded-lg px-3 text-sm font-semibold bg-white ring-1 ring-slate-300 hover:bg-slate-50" onClick={() => setAt(at === null ? 0 : null)}>
            {at === null ? "▶ Replay" : "■ Stop"}
          </button>
        )}
      </div>
      {steps === null ? (
        <p className="text-sm text-slate-700">None: {value} can no longer be decided from here.</p>
      ) : steps.length === 0 ? (
        <p className="text-sm text-slate-700">Already decided {value}.</p>
      ) : (
        <>
          <ol className="flex flex-wrap gap-1 text-xs font-mono" aria-label={`A schedule to a ${value}-decision`}>
            {steps.map((s, i) => (
              <li
                key={i}
                className={`rounded px-1.5 py-0.5 ring-1 transition-colors ${
                  at === i ? "bg-slate-900 text-white ring-slate-900" : at !== null && i < at ? "bg-white text-slate-600 ring-slate-200" : "bg-white ring-slate-300"
                }`}
                aria-current={at === i ? "step" : undefined}
              >
                {stepText(s)}
              </li>
            ))}
          </ol>
          <p className="text-xs text-slate-700 min-h-4" aria-live="off">
            {at === null ? `${steps.length} step${steps.length === 1 ? "" : "s"}, then some process decides ${value}.` : at < steps.length ? `Step ${at + 1} of ${steps.length}: ${stepSentence(steps[at])}.` : `…and some process decides ${value}.`}
          </p>
        </>
      )}
    </div>
  );
}
