"use client";
/**
 * The FLP replay's run, following the replay's moment: the valency strip up to the moment, the
 * step just taken and the valency it left; at the end, the outcome, the checker's verdict and the
 * commutativity lemma on the run (before then, nothing here tells what comes after the slider).
 * And the Lemma 1 puzzle's answers with the lemma's argument.
 */
import type { DescribedStep, FlpParams, FlpReveal, FlpVerdict } from "@/server/engine/flp";
import type { Timeline } from "@/server/engine/timeline";
import { FLP_OUTCOME_WORDS, VALENCY_WORDS, type FlpOutcome, type FlpValency } from "@/server/engine/flp/terms";
import { useReplayMoment } from "@/app/components/ReplayMoment";
import { ValencyStrip, valencyLook } from "./ValencyStrip";

/** Steps kept bivalent from the start: k when the start and the first k steps were all bivalent. */
export function bivalentRun(valencies: readonly string[]): number {
  if (valencies[0] !== "bivalent") return 0;
  let k = 0;
  while (k + 1 < valencies.length && valencies[k + 1] === "bivalent") k++;
  return k;
}

function ValencyBadge({ valency }: { valency: string }) {
  const look = valencyLook(valency);
  return (
    <span className={`inline-flex items-center gap-1.5 rounded-full ring-1 px-2.5 py-0.5 text-sm font-semibold ${look.cell}`}>
      <span aria-hidden="true">{look.letter}</span>
      {VALENCY_WORDS[valency as FlpValency] ?? valency}
    </span>
  );
}

const stepWords = (s: DescribedStep) => (s.label === null ? `p${s.pid + 1} takes a λ step` : `p${s.pid + 1} receives ${s.label}`);

/** What happened at step k, in words: the step, the decision it made (the timeline's), and a crash after it. */
function stepSentence(reveal: FlpReveal, timeline: Timeline, k: number): string {
  if (k === 0) return "The initial configuration: nobody has taken a step, the buffer is empty.";
  const step = reveal.run.find((e) => e.kind === "step" && e.step === k);
  const crash = reveal.run.find((e) => e.kind === "crash" && e.step === k);
  const what = step ? (step.label === null ? `p${step.process} took a λ step (the null message)` : `p${step.process} received ${step.label}`) : "";
  const decided = timeline.decisions.filter((d) => d.tick === k).map((d) => `${d.party} ${d.label.replace("decide", "decided")}`);
  return `Step ${k}: ${what}${decided.length ? `; ${decided.join(", ")}` : ""}${crash ? `; then p${crash.process} crashed` : ""}.`;
}

/** The values some process had decided by step k. */
const decidedBy = (timeline: Timeline, k: number) => new Set(timeline.decisions.filter((d) => d.tick <= k).map((d) => d.label));

export function FlpReplayRun({ reveal, params, timeline }: { reveal: FlpReveal; params: FlpParams; timeline: Timeline }) {
  const { tick, end, go } = useReplayMoment();
  const k = Math.min(tick, reveal.valencies.length - 1);
  const crashes = reveal.run.filter((e) => e.kind === "crash").map((e) => e.step);
  const c = reveal.commutation;
  return (
    <section className="grid gap-4" aria-label="The run" data-testid="flp-replay-run">
      <div className="card grid gap-3">
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <h2 className="text-lg font-bold">
            After step {k} of {end}
          </h2>
          <ValencyBadge valency={reveal.valencies[k]} />
        </div>
        <p className="text-sm text-slate-700" aria-live="polite">{stepSentence(reveal, timeline, k)}</p>
        <ValencyStrip valencies={reveal.valencies} crashes={crashes} at={k} upTo={k} />
        <p className="text-xs text-slate-600">
          The valency is the server&apos;s oracle: it searched every configuration reachable from this one (with any process silent), and found{" "}
          {reveal.valencies[k] !== "bivalent" ? "only the decision the letter says" : decidedBy(timeline, k).size > 1 ? "both decisions taken already" : "both decisions still reachable"}.
        </p>
      </div>
      {tick >= end ? (
        <>
          <RunOutcome reveal={reveal} params={params} timeline={timeline} />
          {reveal.verdict && <Verdict verdict={reveal.verdict} bound={params.bound} />}
        </>
      ) : (
        <div className="card grid gap-2 text-sm text-slate-700 sm:flex sm:items-center sm:gap-4">
          <p className="flex-1">The outcome, the score and the checker&apos;s verdict wait for the end of the run (step {end}).</p>
          <button type="button" className="btn-secondary shrink-0" onClick={() => go(end)}>
            Go to the end
          </button>
        </div>
      )}
      {c && tick >= c.at + 2 && <Commutation example={c} />}
      {c && tick < c.at + 2 && (
        <div className="card grid gap-2 text-sm text-slate-700 sm:flex sm:items-center sm:gap-4">
          <p className="flex-1">This run has an example of the commutativity lemma at steps {c.at + 1} and {c.at + 2}.</p>
          <button type="button" className="btn-secondary shrink-0" onClick={() => go(c.at + 2)}>
            Show it
          </button>
        </div>
      )}
    </section>
  );
}

function RunOutcome({ reveal, params, timeline }: { reveal: FlpReveal; params: FlpParams; timeline: Timeline }) {
  const outcome = timeline.outcome as FlpOutcome;
  const kept = bivalentRun(reveal.valencies);
  const good = outcome === "kept-open";
  const tone = good ? "bg-emerald-50 ring-emerald-300" : outcome === "disagreement" ? "bg-rose-50 ring-rose-300" : "bg-slate-50 ring-slate-300";
  const score = timeline.scores.adversary;
  return (
    <section className={`rounded-2xl ring-1 px-4 py-3 grid gap-1 ${tone}`} aria-label="The outcome" data-testid="flp-replay-outcome">
      <h2 className="text-xl font-bold">{FLP_OUTCOME_WORDS[outcome] ?? outcome}</h2>
      <p className="text-sm">
        Kept bivalent for <strong>{kept}</strong> of {params.target} steps{params.watch ? " by the proof's adversary (a watched run scores nothing)" : ""}.
        {!params.watch && score !== undefined && (
          <>
            {" "}Score <strong>{score}</strong>
            {reveal.hintsBought > 0 ? `, after ${reveal.hintsBought} ${reveal.hintsBought === 1 ? "hint" : "hints"} at −${params.hintCost}` : ""}.
          </>
        )}
      </p>
      <p className="text-sm text-slate-700">
        {outcome === "kept-open"
          ? "A fair schedule that never let the protocol decide: FLP's Lemma 3 at work. Carry on like this forever and the run is fair and never decides."
          : outcome === "forced"
            ? "The protocol forced a decision: after the last B on the strip, every way forward led to one value. Scrub back to that configuration and ask which other step would have kept it open."
            : outcome === "disagreement"
              ? "Two processes decided differently: this protocol always decides despite a crash, and FLP says it must then give up Agreement."
              : "The room's time ran out while the run was still going."}
      </p>
    </section>
  );
}

const CHECK_NAMES: Record<keyof FlpVerdict, string> = { fair: "Fair", valencies: "Valencies", agreement: "Agreement", validity: "Validity" };

function Verdict({ verdict, bound }: { verdict: FlpVerdict; bound: number }) {
  return (
    <section className="card grid gap-2" aria-label="The checker's verdict" data-testid="flp-verdict">
      <h3 className="font-semibold">The checker&apos;s verdict</h3>
      <p className="text-xs text-slate-600">Replayed from the initial configuration, independently of the game: every step applicable and fair within the bound of {bound}, every valency the oracle&apos;s, and the protocol&apos;s own safety.</p>
      <ul className="grid gap-1 text-sm">
        {(Object.keys(CHECK_NAMES) as (keyof FlpVerdict)[]).map((key) => (
          <li key={key} className="flex gap-2">
            <span aria-hidden="true" className={verdict[key].ok ? "text-emerald-700" : "text-rose-700"}>{verdict[key].ok ? "✓" : "✕"}</span>
            <span>
              <strong>{CHECK_NAMES[key]}</strong>
              <span className="sr-only">{verdict[key].ok ? " holds" : " fails"}</span>: {verdict[key].detail}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A configuration summary ("p1: …; p2: … | buffer: …") as lines. */
function ConfigLines({ summary }: { summary: string }) {
  const [locals, buffer] = summary.split(" | ");
  return (
    <ul className="grid gap-0.5 text-xs font-mono text-slate-800">
      {locals.split("; ").map((line) => (
        <li key={line}>{line}</li>
      ))}
      <li className="text-slate-600">{buffer}</li>
    </ul>
  );
}

function Commutation({ example: c }: { example: NonNullable<FlpReveal["commutation"]> }) {
  const sides = [
    { title: "σ1 then σ2", steps: [c.first, c.second], result: c.inOrder },
    { title: "σ2 then σ1", steps: [c.second, c.first], result: c.swapped },
  ];
  return (
    <section className="card grid gap-3" aria-label="The commutativity lemma" data-testid="flp-commutation">
      <h3 className="font-semibold">The commutativity lemma, on this run</h3>
      <p className="text-sm text-slate-700">
        {c.at === 0 ? "From the start" : `After step ${c.at}`}, σ1 = <strong>{stepWords(c.first)}</strong> and σ2 = <strong>{stepWords(c.second)}</strong> touch different processes. Applied in either order they
        reach the same configuration (FLP&apos;s Lemma 2): a process cannot tell which came first.
      </p>
      <div className="grid gap-3 sm:grid-cols-2">
        {sides.map((side) => (
          <figure key={side.title} className="rounded-xl ring-1 ring-slate-200 bg-slate-50 p-3 grid gap-2 min-w-0">
            <figcaption className="text-sm font-semibold">{side.title}</figcaption>
            <ol className="list-decimal pl-5 text-sm">
              {side.steps.map((s, i) => (
                <li key={i}>{stepWords(s)}</li>
              ))}
            </ol>
            <ConfigLines summary={side.result} />
          </figure>
        ))}
      </div>
      <p className={`text-sm font-semibold ${c.same ? "text-emerald-800" : "text-rose-800"}`}>{c.same ? "✓ The same configuration." : "✕ Different configurations (this should never happen)."}</p>
    </section>
  );
}

/** I with a subscript: I₀, I₃. */
const I = ({ k }: { k: number }) => (
  <>
    I<sub>{k}</sub>
  </>
);

/** The puzzle's rows I_0..I_n with the prediction and the oracle's answer, and Lemma 1's argument on this protocol. */
export function FlpPuzzleReveal({ puzzle, n }: { puzzle: NonNullable<FlpReveal["puzzle"]>; n: number }) {
  const inputsOf = (k: number) => Array.from({ length: n }, (_, pid) => (puzzle.order.slice(0, k).includes(pid) ? 1 : 0));
  const a = puzzle.argument;
  const bivalentOne = [a.k, a.k + 1].find((k) => puzzle.answers[k] === "bivalent") ?? null;
  const right = puzzle.predictions ? puzzle.predictions.filter((v, k) => v === puzzle.answers[k]).length : 0;
  return (
    <section className="grid gap-4" aria-label="The Lemma 1 puzzle" data-testid="flp-puzzle-reveal">
      <div className="card grid gap-2">
        <h2 className="text-lg font-bold">
          {puzzle.predictions ? `${right} of ${puzzle.answers.length} predictions right` : "No prediction was made"}
        </h2>
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="The initial configurations, scrollable">
          <table className="w-full text-sm">
            <caption className="sr-only">The initial configurations, the prediction and the oracle&apos;s answer</caption>
            <thead className="text-left text-slate-600">
              <tr>
                <th scope="col" className="py-1 pr-3 font-medium">Start</th>
                <th scope="col" className="py-1 pr-3 font-medium">
                  Inputs
                  <span className="block font-mono whitespace-pre">{Array.from({ length: n }, (_, i) => `p${i + 1}`).join(" ")}</span>
                </th>
                <th scope="col" className="py-1 pr-3 font-medium">Predicted</th>
                <th scope="col" className="py-1 pr-3 font-medium">The oracle</th>
              </tr>
            </thead>
            <tbody>
              {puzzle.answers.map((answer, k) => {
                const predicted = puzzle.predictions?.[k];
                const ok = predicted === answer;
                return (
                  <tr key={k} className="border-t border-slate-100">
                    <th scope="row" className="py-1.5 pr-3 font-semibold text-left">
                      <I k={k} />
                    </th>
                    <td className="py-1.5 pr-3 font-mono whitespace-pre">
                      <span className="sr-only">inputs </span>
                      {inputsOf(k).map((b) => ` ${b}`).join(" ")}
                    </td>
                    <td className="py-1.5 pr-3">
                      {predicted ? (
                        <span className={ok ? "text-emerald-800" : "text-rose-800"}>
                          <span aria-hidden="true">{ok ? "✓ " : "✕ "}</span>
                          {VALENCY_WORDS[predicted]}
                          <span className="sr-only">{ok ? " (right)" : " (wrong)"}</span>
                        </span>
                      ) : (
                        "–"
                      )}
                    </td>
                    <td className="py-1.5 pr-3">
                      <ValencyBadge valency={answer} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </div>
      <div className="card grid gap-2 text-sm" data-testid="flp-lemma-one">
        <h3 className="font-semibold">Lemma 1&apos;s argument, on this protocol</h3>
        <p>
          <I k={0} /> can only decide 0 and <I k={n} /> only 1, so somewhere two neighbours differ. <I k={a.k} /> and <I k={a.k + 1} /> differ only in{" "}
          <strong>p{a.pid + 1}</strong>&apos;s input.
        </p>
        {a.schedule ? (
          <>
            <p>
              Take a run from <I k={a.k} /> in which p{a.pid + 1} takes no step (it crashed at the start):
            </p>
            <ol className="list-decimal pl-6">
              {a.schedule.map((s, i) => (
                <li key={i}>{stepWords(s)}</li>
              ))}
            </ol>
            <p>
              It decides <strong>{a.decided}</strong>. The others never hear from p{a.pid + 1}, so they cannot tell <I k={a.k} /> from <I k={a.k + 1} />: the same run decides{" "}
              {a.decided} from both. So they cannot be one 0-valent and the other 1-valent
              {bivalentOne === null ? "." : (
                <>
                  : here <I k={bivalentOne} /> is bivalent.
                </>
              )}
            </p>
          </>
        ) : (
          <p>
            Without p{a.pid + 1}, nobody ever decides: this protocol does not tolerate that crash, and that is how it escapes Lemma 1 (the lemma assumes a protocol that
            decides despite one crash).
          </p>
        )}
      </div>
    </section>
  );
}
