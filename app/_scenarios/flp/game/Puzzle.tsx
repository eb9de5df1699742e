"use client";
/**
 * Lemma 1, the puzzle: the initial configurations I_0..I_n as rows of input bits, a choice of
 * valency per row (a radio group each), one submit. After it: each row right or wrong beside
 * the server's answer, and the lemma's argument on this protocol.
 */
import { useState } from "react";
import type { FlpMove, FlpSchedulerView } from "@/server/engine/flp";
import { PUZZLE_CHOICES, VALENCY_WORDS, type PuzzleChoice } from "@/server/engine/flp/terms";
import { ValencyChip } from "./valency";
import { stepText } from "./words";

const CHOICE_WORDS: Record<PuzzleChoice, string> = { "0": "0-valent", "1": "1-valent", bivalent: "bivalent" };

export function Puzzle({ view, move }: { view: FlpSchedulerView; move: (m: FlpMove) => Promise<void> }) {
  const puzzle = view.puzzle!;
  const n = view.params.n;
  const [picks, setPicks] = useState<(PuzzleChoice | null)[]>(() => puzzle.configurations.map(() => null));
  const answered = puzzle.answers !== null;
  const complete = picks.every((p) => p !== null);
  return (
    <section className="grid gap-4" aria-label="Lemma 1 puzzle">
      <div className="card grid gap-2">
        <h2 className="text-lg font-semibold">Lemma 1: is some initial configuration bivalent?</h2>
        <p className="text-sm text-slate-700 leading-relaxed">
          In I<sub>k</sub> exactly k processes start with 1, one more each row, so each row differs from the next in one process&apos;s input. For{" "}
          <strong>{view.protocol.title}</strong>, which of these initial configurations can still decide only 0, only 1, or both?
        </p>
        <p className="text-xs text-slate-600">{view.protocol.summary}</p>
      </div>
      <form
        className="grid gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          if (complete && !answered) void move({ type: "predict", valencies: picks as PuzzleChoice[] });
        }}
      >
        <ol className="grid gap-2">
          {puzzle.configurations.map((inputs, k) => {
            const answer = puzzle.answers?.[k] ?? null;
            const predicted = puzzle.predictions?.[k] ?? picks[k];
            const right = answer !== null && predicted === answer;
            return (
              <li
                key={k}
                className={`card !p-3 grid gap-2 sm:grid-cols-[10rem_1fr] sm:items-center ${answer === null ? "" : right ? "!ring-2 !ring-emerald-400" : "!ring-2 !ring-rose-400"}`}
                data-testid={`puzzle-row-${k}`}
                data-answer={answer ?? undefined}
                data-right={answer === null ? undefined : String(right)}
              >
                <div className="flex items-center gap-2">
                  <span className="font-bold font-serif text-lg">
                    I<sub>{k}</sub>
                  </span>
                  <span className="flex gap-1" role="img" aria-label={`I${k}: ${inputs.map((b, pid) => `p${pid + 1} starts with ${b}`).join(", ")}`}>
                    {inputs.map((b, pid) => (
                      <span key={pid} className={`grid place-items-center w-9 h-9 rounded-lg text-xs font-bold leading-none ${b === 1 ? "bg-orange-700 text-white" : "bg-sky-700 text-white"}`}>
                        <span className="text-[0.6rem] font-normal">p{pid + 1}</span>
                        {b}
                      </span>
                    ))}
                  </span>
                </div>
                {answer === null ? (
                  <fieldset className="flex flex-wrap gap-1.5">
                    <legend className="sr-only">Valency of I{k}</legend>
                    {PUZZLE_CHOICES.map((c) => (
                      <label
                        key={c}
                        className={`min-h-11 inline-flex items-center gap-2 rounded-lg px-3 py-2 text-sm font-semibold ring-1 cursor-pointer has-[:focus-visible]:outline has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-amber-500 ${
                          picks[k] === c ? "bg-slate-900 text-white ring-slate-900" : "bg-white ring-slate-300 hover:bg-slate-50"
                        }`}
                      >
                        <input
                          type="radio"
                          name={`puzzle-${k}`}
                          value={c}
                          checked={picks[k] === c}
                          disabled={view.phase !== "playing"}
                          onChange={() => setPicks((old) => old.map((p, i) => (i === k ? c : p)))}
                          className="accent-amber-500"
                        />
                        {CHOICE_WORDS[c]}
                      </label>
                    ))}
                  </fieldset>
                ) : (
                  <p className="flex flex-wrap items-center gap-2 text-sm">
                    <span className={`font-bold ${right ? "text-emerald-800" : "text-rose-800"}`} data-testid="verdict-word">
                      {right ? "✓ right" : "✗ wrong"}
                    </span>
                    <span>
                      you said <strong>{predicted ? CHOICE_WORDS[predicted] : "nothing"}</strong>;
                    </span>
                    <span className="inline-flex items-center gap-1">
                      it is <ValencyChip valency={answer} />
                    </span>
                  </p>
                )}
              </li>
            );
          })}
        </ol>
        {!answered && (
          <button type="submit" className="btn-primary justify-self-start min-h-11" disabled={!complete || view.phase !== "playing"}>
            {complete ? "Check my answers" : `Choose a valency for every row (${picks.filter(Boolean).length} of ${n + 1})`}
          </button>
        )}
      </form>
      {puzzle.argument && <Argument view={view} />}
    </section>
  );
}

function Argument({ view }: { view: FlpSchedulerView }) {
  const { argument, configurations, answers } = view.puzzle!;
  if (!argument || !answers) return null;
  const { k, pid, schedule, decided } = argument;
  const p = `p${pid + 1}`;
  const bits = (row: number) => configurations[row].join("");
  return (
    <section className="card grid gap-2 bg-slate-900 text-slate-100 ring-slate-700" aria-label="The argument" data-testid="puzzle-argument">
      <h2 className="text-lg font-semibold text-white">The argument of Lemma 1, on this protocol</h2>
      <p className="text-sm leading-relaxed">
        I<sub>{k}</sub> ({bits(k)}) is {VALENCY_WORDS[answers[k]]} and I<sub>{k + 1}</sub> ({bits(k + 1)}) is {VALENCY_WORDS[answers[k + 1]]}. These neighbours differ only in{" "}
        <strong className="text-amber-300">{p}&apos;s input</strong>.
      </p>
      {schedule ? (
        <>
          <p className="text-sm leading-relaxed">
            Suppose {p} crashes before its first step. From I<sub>{k}</sub> the others can still decide: this run never hears from {p} and ends with a decision of{" "}
            <strong className="text-amber-300">{decided}</strong>:
          </p>
          <ol className="flex flex-wrap gap-1 text-xs font-mono" aria-label={`A run without ${p}`}>
            {schedule.map((s, i) => (
              <li key={i} className="rounded px-1.5 py-0.5 bg-white/10 ring-1 ring-white/20">
                {stepText(s)}
              </li>
            ))}
          </ol>
          <p className="text-sm leading-relaxed">
            Without a word from {p}, nobody can tell I<sub>{k}</sub> from I<sub>{k + 1}</sub>: the same run decides {decided} from both. Their valencies differ, so the one that is
            not {decided}-valent reaches {decided} and the other value too: it is bivalent.
          </p>
        </>
      ) : (
        <p className="text-sm leading-relaxed">
          Crash {p} before its first step, and no run of the others ever decides: without it nobody ever decides. This protocol does not tolerate that crash, which is how it escapes Lemma 1.
        </p>
      )}
    </section>
  );
}
