/**
 * The end of an FLP game, for every seat: the outcome in words, the scheduler's score, the
 * valency along the whole run, and the commutativity lemma shown on this run (two steps by
 * different processes, applied in both orders, reach the same configuration). Then the way on.
 */
import Link from "next/link";
import type { FlpReveal, FlpSchedulerView, FlpView } from "@/server/engine/flp";
import { FLP_OUTCOME_WORDS, VALENCY_WORDS, type FlpOutcome } from "@/server/engine/flp/terms";
import { ValencyStrip, type ValencyStripProps } from "../ValencyStrip";
import { stepText } from "./words";

const GOOD = new Set<FlpOutcome>(["kept-open", "disagreement", "solved"]);

/** The strip over the whole run: the start, then each step (which process took it), with the scheduler's crashes where it made them. */
export function endStrip(reveal: FlpReveal, run: { kind: "step" | "crash"; step: number; process: number }[] | null): Pick<ValencyStripProps, "valencies" | "crashes" | "notes"> {
  const notes: (string | undefined)[] = [];
  for (const e of run ?? []) if (e.kind === "step") notes[e.step] = `p${e.process}`;
  return { valencies: reveal.valencies, crashes: (run ?? []).flatMap((e) => (e.kind === "crash" ? [e.step] : [])), notes };
}

export function EndReport({ view, gameId, links }: { view: FlpView; gameId: string; links: boolean }) {
  const outcome = view.outcome;
  const reveal = view.reveal;
  const scheduler = view.role === "scheduler" ? view : null;
  const watch = scheduler?.params.watch === true;
  const puzzle = scheduler?.mode === "puzzle";
  return (
    <section className="grid gap-4" aria-label="The end">
      {outcome && (
        <h2
          className={`rounded-2xl ring-1 px-4 py-3 text-xl sm:text-2xl font-bold ${GOOD.has(outcome) ? "bg-emerald-100 text-emerald-900 ring-emerald-300" : "bg-rose-100 text-rose-900 ring-rose-300"}`}
          data-testid="flp-outcome"
        >
          {FLP_OUTCOME_WORDS[outcome]}
        </h2>
      )}
      {scheduler && !puzzle && <p className="text-slate-800 leading-relaxed" data-testid="flp-why">{whyWords(scheduler)}</p>}
      {scheduler && (
        <p className="text-sm text-slate-700" data-testid="flp-score">
          {watch ? (
            "The proof's adversary scheduled this run: nobody scores."
          ) : puzzle ? (
            <>
              Your score: <strong className="text-lg">{scheduler.score} points</strong> ({(scheduler.puzzle?.predictions ?? []).filter((p, k) => p === scheduler.puzzle?.answers?.[k]).length} of{" "}
              {scheduler.params.n + 1} right).
            </>
          ) : (
            <>
              Your score: <strong className="text-lg">{scheduler.score} points</strong>: {scheduler.bivalentSteps} bivalent step{scheduler.bivalentSteps === 1 ? "" : "s"}
              {outcome === "kept-open" || outcome === "disagreement" ? ", plus the bonus" : ""}
              {scheduler.hintsBought > 0 ? `, less ${scheduler.hintsBought} hint${scheduler.hintsBought === 1 ? "" : "s"} at ${scheduler.params.hintCost}` : ""}.
            </>
          )}
        </p>
      )}
      {reveal && !puzzle && (
        <div className="card grid gap-3">
          <ValencyStrip {...endStrip(reveal, scheduler ? scheduler.run : null)} title="The valency along the whole run" />
          {reveal.commutation && <Commutation c={reveal.commutation} />}
        </div>
      )}
      {links && (
        <div className="flex flex-wrap gap-2">
          <Link href={`/games/${gameId}`} className="btn-primary">
            Replay this run
          </Link>
          <Link href="/?play=flp" className="btn-secondary">
            Play again
          </Link>
          <Link href="/leaderboard?scenario=flp" className="btn-secondary">
            Leaderboard
          </Link>
        </div>
      )}
    </section>
  );
}

function Commutation({ c }: { c: NonNullable<FlpReveal["commutation"]> }) {
  const [s1, s2] = [stepText(c.first), stepText(c.second)];
  return (
    <section className="grid gap-2" aria-label="The commutativity lemma" data-testid="commutation">
      <h3 className="font-semibold">Lemma 2, on your own run: order does not matter between different processes</h3>
      <p className="text-sm text-slate-700">
        {c.at === 0 ? "From the start" : `After step ${c.at}`}, take σ1 = <code className="font-mono bg-slate-100 px-1 rounded">{s1}</code> and σ2 ={" "}
        <code className="font-mono bg-slate-100 px-1 rounded">{s2}</code>: different processes. Applied in either order, they reach{" "}
        {c.same ? <strong>the same configuration</strong> : "different configurations (this should never happen)"}.
      </p>
      <div className="grid gap-2 sm:grid-cols-2">
        <ConfigurationText title={`σ1 then σ2: ${s1}, ${s2}`} text={c.inOrder} />
        <ConfigurationText title={`σ2 then σ1: ${s2}, ${s1}`} text={c.swapped} />
      </div>
      <p className={`text-sm font-semibold ${c.same ? "text-emerald-800" : "text-rose-800"}`}>{c.same ? "✓ Identical, process by process and envelope by envelope." : "✗ They differ."}</p>
    </section>
  );
}

/** A configuration in the engine's words ("p1: input 0, lock –; p2: … | buffer: …"), one line per process. */
function ConfigurationText({ title, text }: { title: string; text: string }) {
  const [locals, buffer = ""] = text.split(" | ");
  return (
    <div className="rounded-xl bg-slate-50 ring-1 ring-slate-200 p-3 grid gap-1 text-xs content-start">
      <p className="font-semibold text-sm font-mono">{title}</p>
      <ul className="grid gap-0.5 font-mono">
        {locals.split("; ").map((line) => (
          <li key={line}>{line}</li>
        ))}
        <li className="text-slate-600">{buffer}</li>
      </ul>
    </div>
  );
}

/** What happened, in a sentence or two: which step fixed the decision, or what the run showed. */
function whyWords(view: FlpSchedulerView): string {
  const who = view.params.watch ? "The proof's adversary" : "You";
  const steps = `${view.bivalentSteps} fair step${view.bivalentSteps === 1 ? "" : "s"}`;
  switch (view.outcome) {
    case "kept-open":
      return `${who} kept both decisions reachable for ${steps}. Lemma 3 says a fair scheduler always can, for ever: that endless bivalent run is FLP's proof.`;
    case "forced": {
      const fatal = view.run.find((e) => e.kind === "step" && e.valency !== "bivalent");
      if (!fatal || !fatal.valency) return `The run stopped being bivalent after ${steps}.`;
      const what = fatal.label ? `p${fatal.process} received ${fatal.label}` : `p${fatal.process} took a λ step`;
      return `At step ${fatal.step}, ${what}, and the configuration became ${VALENCY_WORDS[fatal.valency]}: the decision was fixed from then on. Lemma 3 says it was avoidable: some schedule before that step leaves the run bivalent after it. Prepare each step before fairness makes it due (hints show where each step leads).`;
    }
    case "disagreement":
      return `Two processes decided differently (${view.decisions.map((d) => `p${d.process} decided ${d.value}`).join(", ")}): ${view.protocol.title} always terminates, and FLP says it must pay for that with agreement.`;
    case "time-up":
      return `The clock ran out with the run bivalent for ${steps}.`;
    default:
      return "";
  }
}
