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
  const byReceiver = view.processes.map((p) => ({ p, messages: view.buffer.filter((m) => m.to === p.process) }));
  const coinsOf = (process: number) => view.coins.filter((c) => c.process === process);
  return (
    <div className="grid gap-4">
      {notice}
      <Outcome view={view} />
      <section className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label="The run so far">
        <span>Step {view.step}</span>
        <span>
          Tick {view.tick} of {view.params.maxTicks}
        </span>
        <span>{view.crashesLeft} crash{view.crashesLeft === 1 ? "" : "es"} left</span>
        <span>Rounds held: {view.roundsHeld}</span>
        {!view.params.watch && <span>Score: {view.score}</span>}
        {view.params.watch && <span className="font-semibold">Watching the {view.params.bot} bot</span>}
      </section>
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
      <section className="grid gap-2" aria-labelledby="benor-buffer">
        <h2 id="benor-buffer" className="font-semibold">
          In flight ({view.buffer.filter((m) => !m.dead).length})
        </h2>
        <p className="text-xs text-slate-600">R: a report of x; P: a proposal (? when no majority). Oldest first; the number is the message id.</p>
        {byReceiver.map(({ p, messages }) => (
          <div key={p.process} className="grid gap-1" data-testid={`benor-inbox-p${p.process}`}>
            <h3 className="text-sm font-medium">
              To p{p.process} {p.crashed ? "(crashed: never delivered)" : `(${messages.length})`}
            </h3>
            {!p.crashed && messages.length > 0 && (
              <ul className="flex flex-wrap gap-1">
                {messages.map((m) => (
                  <li key={m.id}>
                    <button
                      type="button"
                      className={`rounded border px-2 py-0.5 text-xs font-mono ${view.due?.messageId === m.id ? "border-amber-500 bg-amber-100" : "border-slate-300 bg-white"} disabled:opacity-60`}
                      disabled={!canMove}
                      onClick={() => void move({ type: "deliver", messageId: m.id })}
                      aria-label={`Deliver message ${m.id}, ${m.label} from p${m.from} to p${m.to}`}
                    >
                      #{m.id} {m.label} ←p{m.from}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </div>
        ))}
      </section>
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
      <section className="grid gap-1 text-sm" aria-labelledby="benor-received">
        <h2 id="benor-received" className="font-semibold">
          What reached you ({view.received.length})
        </h2>
        {view.received.length === 0 ? (
          <p className="text-slate-600">Nothing yet.</p>
        ) : (
          <ol className="flex flex-wrap gap-1 font-mono text-xs">
            {view.received.map((m) => (
              <li key={m.id} className="rounded border border-slate-300 px-2 py-0.5">
                {m.id}. {m.label} ←p{m.from}
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}

export function BenorGame({ view, move, notice }: GameProps<BenorView, BenorMove>) {
  return view.role === "adversary" ? <AdversaryScreen view={view} move={move} notice={notice} /> : <ProcessScreen view={view} notice={notice} />;
}
