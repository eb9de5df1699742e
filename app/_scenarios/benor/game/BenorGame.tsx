"use client";
/**
 * One Ben-Or seat's screen. The adversary: every process (x, round, phase, decision, its coins once
 * flipped), the messages in flight grouped by receiver with a deliver button each, crash buttons
 * while crashes remain, the fairness demand and the score; at the end, the outcome and the
 * decision. A process: its own state, its coins and what reached it.
 */
import type { GameProps } from "@/app/_scenarios/playUi";
import type { BenorAdversaryView, BenorMove, BenorProcessView, BenorView } from "@/server/engine/benor";
import { BENOR_OUTCOME_WORDS } from "@/server/engine/benor/terms";
import { InFlight } from "../../_adversary/InFlight";
import { Received } from "../../_adversary/Received";
import { RunStatus } from "../../_adversary/RunStatus";

type ProcessRow = BenorAdversaryView["processes"][number];

function phaseWords(p: ProcessRow): string {
  if (p.crashed) return "crashed";
  if (p.halted) return "done";
  return p.phase === "R" ? "waiting for reports" : "waiting for proposals";
}

function ProcessCard({ p, coins, onCrash, busy }: { p: ProcessRow; coins: { round: number; value: 0 | 1 }[]; onCrash?: () => void; busy?: boolean }) {
  return (
    <li className={`card grid gap-1 text-sm ${p.crashed ? "opacity-60" : ""}`} data-testid={`benor-process-p${p.process}`}>
      <div className="flex items-baseline justify-between gap-2">
        <strong className="text-base">p{p.process}</strong>
        {p.decided !== null ? (
          <span className="rounded-full bg-emerald-100 text-emerald-900 px-2 text-xs font-semibold" data-testid="benor-decided">decided {p.decided} (round {p.decidedRound})</span>
        ) : p.crashed ? (
          <span className="rounded-full bg-rose-100 text-rose-900 px-2 text-xs font-semibold">crashed</span>
        ) : (
          <span className="rounded-full bg-slate-100 text-slate-700 px-2 text-xs">undecided</span>
        )}
      </div>
      <dl className="grid grid-cols-[auto_1fr] gap-x-2 text-slate-700">
        <dt>input</dt>
        <dd>{p.input}</dd>
        <dt>x</dt>
        <dd className="font-semibold">{p.x}</dd>
        <dt>round</dt>
        <dd>
          {p.round} · {phaseWords(p)}
        </dd>
      </dl>
      {coins.length > 0 && (
        <p className="text-amber-800" data-testid="benor-coins">
          Coins: {coins.map((c) => `round ${c.round}: ${c.value}`).join(", ")}
        </p>
      )}
      {onCrash && (
        <button type="button" className="btn-secondary text-xs w-fit" disabled={busy} onClick={onCrash}>
          Crash p{p.process}
        </button>
      )}
    </li>
  );
}

function Outcome({ view }: { view: BenorView }) {
  if (view.phase !== "finished" || !view.outcome) return null;
  const processes = view.role === "adversary" ? view.processes : [view.me];
  const values = [...new Set(processes.flatMap((p) => (p.decided === null ? [] : [p.decided])))];
  return (
    <section className="card grid gap-1 border-emerald-300" role="status" data-testid="benor-outcome">
      <h2 className="text-lg font-bold">{BENOR_OUTCOME_WORDS[view.outcome]}</h2>
      <p>
        {values.length === 1 ? `They decided ${values[0]}.` : values.length === 0 ? "Nobody has decided." : `Decisions: ${values.join(" and ")}.`}
        {view.role === "adversary" && ` You held the decision off for ${view.roundsHeld} round${view.roundsHeld === 1 ? "" : "s"}; score ${view.score}.`}
      </p>
    </section>
  );
}

function AdversaryScreen({ view, move, notice }: { view: BenorAdversaryView; move: (m: BenorMove) => Promise<void>; notice: React.ReactNode }) {
  const playing = view.phase === "playing";
  const canMove = playing && !view.params.watch;
  const coinsOf = (process: number) => view.coins.filter((c) => c.process === process);
  return (
    <div className="grid gap-4">
      {notice}
      <Outcome view={view} />
      <RunStatus step={view.step} tick={view.tick} maxTicks={view.params.maxTicks} crashesLeft={view.crashesLeft} score={view.score} watching={view.params.watch ? view.params.bot : null}>
        <span>Rounds held: {view.roundsHeld}</span>
      </RunStatus>
      {view.due && playing && (
        <p className="rounded-lg bg-amber-50 border border-amber-300 p-2 text-sm" role="status">
          Fairness: message #{view.due.messageId} to p{view.due.process} has waited {view.due.waited} steps: deliver it next (or crash p{view.due.process}).
        </p>
      )}
      <ul className="grid gap-3 sm:grid-cols-3" aria-label="Processes">
        {view.processes.map((p) => (
          <ProcessCard key={p.process} p={p} coins={coinsOf(p.process)} onCrash={canMove && view.crashesLeft > 0 && !p.crashed ? () => void move({ type: "crash", process: p.process }) : undefined} />
        ))}
      </ul>
      <InFlight
        prefix="benor"
        processes={view.processes}
        buffer={view.buffer}
        legend="R: a report of x; P: a proposal (? when no majority)."
        dueId={view.due?.messageId ?? null}
        canMove={canMove}
        onDeliver={(messageId) => void move({ type: "deliver", messageId })}
      />
    </div>
  );
}

function ProcessScreen({ view, notice }: { view: BenorProcessView; notice: React.ReactNode }) {
  return (
    <div className="grid gap-4">
      {notice}
      <Outcome view={view} />
      <ul className="grid gap-3 sm:grid-cols-2">
        <ProcessCard p={view.me} coins={view.coins} />
      </ul>
      <Received prefix="benor" received={view.received} />
    </div>
  );
}

export function BenorGame({ view, move, notice }: GameProps<BenorView, BenorMove>) {
  return view.role === "adversary" ? <AdversaryScreen view={view} move={move} notice={notice} /> : <ProcessScreen view={view} notice={notice} />;
}
