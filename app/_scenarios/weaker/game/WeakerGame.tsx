"use client";
/**
 * One weaker-agreement seat's screen. The adversary: every process (k-set: input, chosen, sent,
 * decision; ε: value, round, decision), step buttons for the chosen k-set processes, crash buttons
 * while crashes remain, the messages in flight grouped by receiver with a deliver button each, the
 * fairness demand and the score; for ε each round's values on a number line, the spread narrowing.
 * At the end, the outcome and the checker's verdict. A process: its own state and what reached it.
 */
import type { GameProps } from "@/app/_scenarios/playUi";
import type { WeakerAdversaryView, WeakerMove, WeakerProcessState, WeakerProcessView, WeakerView } from "@/server/engine/weaker";
import { num, WEAKER_OUTCOME_WORDS, WEAKER_PROBLEM_WORDS } from "@/server/engine/weaker/terms";
import { InFlight } from "../../_adversary/InFlight";
import { Received } from "../../_adversary/Received";
import { RunStatus } from "../../_adversary/RunStatus";
import { SpreadPicture, type SpreadRow } from "../SpreadPicture";

function stateWords(p: WeakerProcessState, kset: boolean, rounds: number | null): string {
  if (p.crashed) return "crashed";
  if (kset) return p.chosen ? (p.sent ? "sent its input" : "chosen: has not sent yet") : p.decided === null ? "waiting for a value" : "done";
  if (p.decided !== null) return "done";
  return `round ${p.round}${rounds ? ` of ${rounds}` : ""}`;
}

function ProcessCard({ p, kset, rounds, onCrash, onStep }: { p: WeakerProcessState; kset: boolean; rounds: number | null; onCrash?: () => void; onStep?: () => void }) {
  return (
    <li className={`card grid gap-1 text-sm ${p.crashed ? "opacity-60" : ""}`} data-testid={`weaker-process-p${p.process}`}>
      <div className="flex items-baseline justify-between gap-2">
        <strong className="text-base">
          p{p.process}
          {kset && p.chosen && <span className="ml-1 rounded bg-teal-100 text-teal-900 px-1 text-xs font-normal">chosen</span>}
        </strong>
        {p.decided !== null ? (
          <span className="rounded-full bg-emerald-100 text-emerald-900 px-2 text-xs font-semibold" data-testid="weaker-decided">
            decided {num(p.decided)}
          </span>
        ) : p.crashed ? (
          <span className="rounded-full bg-rose-100 text-rose-900 px-2 text-xs font-semibold">crashed</span>
        ) : (
          <span className="rounded-full bg-slate-100 text-slate-700 px-2 text-xs">undecided</span>
        )}
      </div>
      <dl className="grid grid-cols-[auto_1fr] gap-x-2 text-slate-700">
        <dt>input</dt>
        <dd>{num(p.input)}</dd>
        {!kset && p.value !== null && (
          <>
            <dt>value</dt>
            <dd className="font-semibold">{num(p.value)}</dd>
          </>
        )}
        <dt>state</dt>
        <dd>{stateWords(p, kset, rounds)}</dd>
      </dl>
      {(onStep || onCrash) && (
        <div className="flex flex-wrap gap-1">
          {onStep && (
            <button type="button" className="btn-primary text-xs w-fit" onClick={onStep}>
              p{p.process} sends its input
            </button>
          )}
          {onCrash && (
            <button type="button" className="btn-secondary text-xs w-fit" onClick={onCrash}>
              Crash p{p.process}
            </button>
          )}
        </div>
      )}
    </li>
  );
}

function Outcome({ view }: { view: WeakerView }) {
  if (view.phase !== "finished" || !view.outcome) return null;
  const processes = view.role === "adversary" ? view.processes : [view.me];
  const values = [...new Set(processes.flatMap((p) => (p.decided === null ? [] : [num(p.decided)])))];
  const adv = view.role === "adversary" ? view : null;
  const checks = adv?.checks;
  return (
    <section className={`card grid gap-1 ${view.outcome === "agreed" ? "border-emerald-300" : "border-amber-300"}`} role="status" data-testid="weaker-outcome">
      <h2 className="text-lg font-bold">{WEAKER_OUTCOME_WORDS[view.outcome]}</h2>
      <p>
        {values.length === 0 ? "Nobody decided." : values.length === 1 ? `They decided ${values[0]}.` : `Decisions: ${values.join(", ")}.`}
        {adv && adv.problem === "kset" && adv.distinct > 0 && ` ${adv.distinct} distinct value${adv.distinct === 1 ? "" : "s"}, at most k = ${adv.params.k} allowed.`}
        {adv && adv.problem === "epsilon" && ` Spread ${num(adv.spread)}, ε = ${num(adv.params.epsilon)}.`}
        {adv && !adv.params.watch && ` Your score: ${adv.score}.`}
      </p>
      {checks && (
        <p className="text-sm text-slate-700" data-testid="weaker-verdict">
          Checker: {checks.problem === "kset" ? `at most k values ${checks.agreement.ok ? "✓" : "✗"}` : `within ε ${checks.agreement.ok ? "✓" : "✗"}`} · validity {checks.validity.ok ? "✓" : "✗"} · every live process decided{" "}
          {checks.termination.ok ? "✓" : `✗ (p${checks.termination.undecided.join(", p")} ${view.outcome === "blocked" ? "never will" : "had not yet"})`}
        </p>
      )}
      {adv && adv.outcome === "blocked" && <p className="text-sm">Every chosen process crashed before it sent: nobody has a value to decide. With k = {adv.params.k} and {adv.params.f} crash{adv.params.f === 1 ? "" : "es"}, f ≥ k: this is FLP&rsquo;s wall.</p>}
    </section>
  );
}

function spreadRows(view: WeakerAdversaryView): SpreadRow[] {
  const rows: SpreadRow[] = view.spreads.map((s) => ({ label: `round ${s.round}`, values: s.values }));
  const decided = view.processes.flatMap((p) => (p.decided === null ? [] : [{ process: p.process, value: p.decided }]));
  if (decided.length > 0) rows.push({ label: "decided", values: decided });
  return rows;
}

function AdversaryScreen({ view, move, notice }: { view: WeakerAdversaryView; move: (m: WeakerMove) => Promise<void>; notice: React.ReactNode }) {
  const playing = view.phase === "playing";
  const canMove = playing && !view.params.watch;
  const kset = view.problem === "kset";
  const dueId = view.due?.kind === "deliver" ? view.due.messageId : null;
  return (
    <div className="grid gap-4">
      {notice}
      <Outcome view={view} />
      <RunStatus
        step={view.step}
        tick={view.tick}
        maxTicks={view.params.maxTicks}
        crashesLeft={view.crashesLeft}
        score={view.score}
        watching={view.params.watch ? (view.params.bot ?? (kset ? "blocker" : "spreader")) : null}
        lead={<span className="font-semibold">{kset ? `${view.params.k}-set agreement${view.params.k === 1 ? " (consensus)" : ""}` : `${WEAKER_PROBLEM_WORDS.epsilon}, ε = ${num(view.params.epsilon)}`}</span>}
      >
        {kset ? <span>Distinct decisions: {view.distinct}</span> : <span>Rounds: {view.rounds}</span>}
      </RunStatus>
      {view.due && playing && (
        <p className="rounded-lg bg-amber-50 border border-amber-300 p-2 text-sm" role="status">
          Fairness:{" "}
          {view.due.kind === "step"
            ? `p${view.due.process} has waited ${view.due.waited} steps to send: let it send next (or crash p${view.due.process}).`
            : `message #${view.due.messageId} to p${view.due.process} has waited ${view.due.waited} steps: deliver it next (or crash p${view.due.process}).`}
        </p>
      )}
      {!kset && view.spreads.length > 0 && (
        <SpreadPicture
          rows={spreadRows(view)}
          lo={view.params.lo}
          hi={view.params.hi}
          epsilon={view.params.epsilon}
          label={`Each round's values on the line from ${num(view.params.lo)} to ${num(view.params.hi)}: the spread narrows round by round`}
          testId="weaker-spread"
        />
      )}
      <ul className={`grid gap-3 ${view.processes.length > 3 ? "sm:grid-cols-4" : "sm:grid-cols-3"}`} aria-label="Processes">
        {view.processes.map((p) => (
          <ProcessCard
            key={p.process}
            p={p}
            kset={kset}
            rounds={view.rounds}
            onStep={canMove && view.canStep.includes(p.process) ? () => void move({ type: "step", process: p.process }) : undefined}
            onCrash={canMove && view.crashesLeft > 0 && !p.crashed ? () => void move({ type: "crash", process: p.process }) : undefined}
          />
        ))}
      </ul>
      <InFlight
        prefix="weaker"
        processes={view.processes}
        buffer={view.buffer}
        legend={kset ? "v: a chosen process's input." : "r: the round; then the sender's value."}
        dueId={dueId}
        canMove={canMove}
        onDeliver={(messageId) => void move({ type: "deliver", messageId })}
      />
    </div>
  );
}

function ProcessScreen({ view, notice }: { view: WeakerProcessView; notice: React.ReactNode }) {
  const kset = view.params.problem === "kset";
  return (
    <div className="grid gap-4">
      {notice}
      <Outcome view={view} />
      <ul className="grid gap-3 sm:grid-cols-2">
        <ProcessCard p={view.me} kset={kset} rounds={null} />
      </ul>
      <Received prefix="weaker" received={view.received} />
    </div>
  );
}

export function WeakerGame({ view, move, notice }: GameProps<WeakerView, WeakerMove>) {
  return view.role === "adversary" ? <AdversaryScreen view={view} move={move} notice={notice} /> : <ProcessScreen view={view} notice={notice} />;
}
