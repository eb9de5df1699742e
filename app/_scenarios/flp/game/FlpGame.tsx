"use client";
/**
 * One FLP seat's screen. The scheduler sees the whole configuration (that is the model): the
 * valency, the processes and the buffer with its controls, the fairness rule's demand, the
 * evidence and the run as a valency strip. Watching the proof's adversary is the same screen
 * without controls. The puzzle seat sees I_0..I_n; a process only itself. At the end, every
 * seat sees the outcome, the whole run's valencies and the commutativity lemma on it.
 */
import type { GameProps } from "@/app/_scenarios/playUi";
import type { FlpMove, FlpSchedulerView, FlpView } from "@/server/engine/flp";
import { FLP_STRATEGY_DESCRIPTIONS } from "@/server/engine/flp/strategies";
import { useInClass } from "@/app/components/inClass";
import { Configuration } from "./Configuration";
import { EndReport } from "./EndReport";
import { Evidence } from "./Evidence";
import { ProcessSeat } from "./ProcessSeat";
import { Puzzle } from "./Puzzle";
import { ValencyBadge } from "./valency";
import { ValencyStrip, type ValencyStripProps } from "../ValencyStrip";
import { plural } from "./words";

type Props = GameProps<FlpView, FlpMove>;

export function FlpGame({ snapshot, view, move, notice }: Props) {
  const inClass = useInClass();
  const finished = view.phase === "finished";
  const end = finished && <EndReport view={view} gameId={snapshot.gameId} links={!inClass} />;
  // Refusals float over the page: the scheduler clicks fast, and nothing should shift under the pointer.
  const floating = notice && <div className="fixed inset-x-3 bottom-3 z-20 mx-auto max-w-xl shadow-lg rounded-lg bg-white">{notice}</div>;
  if (view.role === "process") {
    return (
      <div className="grid gap-4">
        {end}
        {notice}
        <ProcessSeat view={view} />
      </div>
    );
  }
  if (view.mode === "puzzle") {
    return (
      <div className="grid gap-4">
        {end}
        {floating}
        <Puzzle view={view} move={move} />
      </div>
    );
  }
  return (
    <div className="grid gap-4">
      {end}
      {floating}
      <SchedulerScreen view={view} move={finished || view.params.watch ? null : move} />
    </div>
  );
}

function SchedulerScreen({ view, move }: { view: FlpSchedulerView; move: ((m: FlpMove) => Promise<void>) | null }) {
  const finished = view.phase === "finished";
  const watching = view.params.watch && !finished;
  // Phone: status, the configuration and the run, the evidence. Wide: the configuration and the
  // run on the left; status, evidence and the protocol on the right (the banner above both).
  const rows = watching ? ["lg:row-start-2", "lg:row-start-3", "lg:row-start-4"] : ["lg:row-start-1", "lg:row-start-2", "lg:row-start-3"];
  return (
    <div className={`grid gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] items-start ${watching ? "lg:grid-rows-[auto_auto_auto_1fr]" : "lg:grid-rows-[auto_auto_1fr]"}`}>
      {watching && (
        <section className="rounded-2xl bg-slate-900 text-slate-100 px-4 py-3 grid gap-1 lg:col-span-2 lg:row-start-1" aria-label="Watching">
          <h2 className="font-semibold text-white">The proof&apos;s adversary is scheduling</h2>
          <p className="text-sm">{FLP_STRATEGY_DESCRIPTIONS.proof}</p>
        </section>
      )}
      <div className={`lg:col-start-2 ${rows[0]}`}>
        <Status view={view} move={move} />
      </div>
      <div className={`grid gap-4 content-start lg:col-start-1 lg:row-span-3 ${rows[0]}`}>
        <Configuration view={view} move={move} />
        {!finished && (
          <div className="card">
            <ValencyStrip {...runStrip(view)} title="The run so far" target={view.params.target} />
          </div>
        )}
      </div>
      {!finished && (
        <div className={`lg:col-start-2 ${rows[1]}`}>
          <Evidence view={view} />
        </div>
      )}
      <p className={`text-xs text-slate-600 lg:col-start-2 ${rows[2]}`}>
        <strong>{view.protocol.title}.</strong> {view.protocol.summary}
      </p>
    </div>
  );
}

/** The run so far: the start (bivalent, or the game would have ended at its first step), then each step, crashes marked. */
function runStrip(view: FlpSchedulerView): Pick<ValencyStripProps, "valencies" | "crashes" | "notes"> {
  const steps = view.run.flatMap((e) => (e.kind === "step" ? [e] : []));
  return {
    valencies: [steps.length > 0 ? "bivalent" : view.valency, ...steps.map((e) => e.valency ?? "unknown")],
    crashes: view.run.flatMap((e) => (e.kind === "crash" ? [e.step] : [])),
    notes: [undefined, ...steps.map((e) => `p${e.process} ${e.label ? `received ${e.label}` : "took λ"}`)],
  };
}

function Status({ view, move }: { view: FlpSchedulerView; move: ((m: FlpMove) => Promise<void>) | null }) {
  const { target, hintCost, bound } = view.params;
  const finished = view.phase === "finished";
  const progress = Math.min(1, view.bivalentSteps / target);
  return (
    <section className="card grid gap-3" aria-label="Status">
      <ValencyBadge valency={view.valency} />
      <div className="grid gap-1">
        <p className="text-sm" data-testid="progress">
          Bivalent for <strong>{view.bivalentSteps}</strong> of {target} steps
        </p>
        <div className="h-2.5 rounded-full bg-slate-200 overflow-hidden" role="progressbar" aria-label="Steps kept bivalent" aria-valuemin={0} aria-valuemax={target} aria-valuenow={view.bivalentSteps}>
          <div className="h-full bg-violet-600 transition-[width]" style={{ width: `${progress * 100}%` }} />
        </div>
      </div>
      {!view.params.watch && (
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
          <p className="text-sm">
            Score <strong className="text-lg" data-testid="score">{view.score}</strong>
          </p>
          {move && (
            <button
              type="button"
              className="ml-auto min-h-11 rounded-lg px-3 text-sm font-semibold bg-violet-700 text-white hover:bg-violet-600 disabled:opacity-50"
              disabled={view.hint !== null}
              onClick={() => void move({ type: "hint" })}
            >
              {view.hint ? "Hint shown on each step" : `Hint (−${hintCost})`}
            </button>
          )}
        </div>
      )}
      {!finished && (
        <p className={`text-sm rounded-lg px-3 py-2 ${view.due ? "bg-rose-50 text-rose-900 ring-1 ring-rose-200" : "bg-slate-50 text-slate-700"}`} data-testid="fairness">
          {view.due === null
            ? `Fair so far: nothing has waited ${bound} steps, so any step is allowed.`
            : view.due.kind === "step"
              ? `p${view.due.process} must step next: it has waited ${plural(view.due.waited, "step")}.`
              : `Envelope #${view.due.messageId} for p${view.due.process} must be delivered next: it has waited ${plural(view.due.waited, "step")}.`}
        </p>
      )}
      {view.decisions.length > 0 && (
        <p className="text-sm">Decided: {view.decisions.map((d) => `p${d.process} decided ${d.value} at step ${d.step}`).join("; ")}.</p>
      )}
    </section>
  );
}
