/**
 * After a consensus run, the same for every seat and on its replay page: the outcome, what was
 * hidden (GST, the protected process), each process's input and decision, the scores, the
 * checker's verdict, and the way to the replay.
 */
import Link from "next/link";
import { hasProtectedProcess } from "@/server/engine/consensus/detector";
import { DETECTOR_NAMES, type DetectorClass } from "@/server/engine/consensus/terms";
import type { ConsensusReveal } from "@/server/engine/consensus/view";
import type { SeatInfo } from "@/server/protocol/events";
import { outcomeTitle, outcomeTone } from "@/app/components/outcome";
import { VerdictCard } from "./VerdictCard";
import { useLexicon } from "./lens";

export function RunReport({ gameId, reveal, seats, you, detector, endTick, links = true, scores = true }: {
  gameId: string;
  reveal: ConsensusReveal;
  seats: SeatInfo[];
  you?: string;
  detector: DetectorClass;
  endTick: number;
  /** The way on: to the replay, a new run, the leaderboard (not on the replay page itself). */
  links?: boolean;
  /** The game's own points per seat; false on a challenge night, whose challenge score is the one shown. */
  scores?: boolean;
}) {
  const values = reveal.verdict.agreement.values;
  const lex = useLexicon();
  const headline = reveal.outcome === "decided" && values.length === 1 ? `Decided ${values[0]}: every correct process agreed` : outcomeTitle(reveal.outcome);
  const nameOf = (seat: string) => seats.find((s) => s.seat === seat);
  const adversary = nameOf("adversary");
  const hasProtected = hasProtectedProcess(detector);
  return (
    <section className="grid gap-4" aria-label="The run, revealed">
      <h2 className={`rounded-2xl ring-1 px-4 py-3 text-xl sm:text-2xl font-bold ${outcomeTone(reveal.outcome)}`} data-testid="run-outcome">
        {headline}
      </h2>
      <p className="text-sm text-slate-700">
        The run ended at tick {endTick}. Hidden during the run: GST was tick <strong>{reveal.gst}</strong>
        {hasProtected ? (
          <>, and the {DETECTOR_NAMES[detector]} detector&apos;s promise rested on <strong>p{reveal.protectedProcess}</strong>, which it never suspected{detector.startsWith("E") ? " after GST" : ""}.</>
        ) : (
          "."
        )}
      </p>
      <ul className="grid gap-2 grid-cols-[repeat(auto-fit,minmax(9.5rem,1fr))]" aria-label="Processes at the end">
        {reveal.processes.map((p) => {
          const seat = `p${p.id}`;
          const who = nameOf(seat);
          return (
            <li key={p.id} className={`card !p-3 grid gap-0.5 text-sm ${seat === you ? "ring-2 ring-amber-400" : ""}`}>
              <span className="text-slate-600">
                <strong className="text-slate-900">p{p.id}</strong>
                {seat === you ? " (you)" : ""} · {who?.name ?? "?"}{who?.kind === "bot" ? " (bot)" : ""}
              </span>
              <span>input {p.input}</span>
              <span className="font-medium">
                {p.crashedAt !== null ? `✕ crashed at tick ${p.crashedAt}` : p.decided ? `decided ${p.decided.value}` : "never decided"}
              </span>
              {p.decided && <span className="text-xs text-slate-500">{lex.round} {p.decided.round}, tick {p.decided.tick}</span>}
              {scores && <span className="text-lg font-bold" data-testid={`score-${seat}`}>{formatScore(reveal.scores[seat] ?? 0)} pts</span>}
            </li>
          );
        })}
        {adversary && (
          <li className={`card !p-3 grid gap-0.5 text-sm ${you === "adversary" ? "ring-2 ring-amber-400" : ""}`}>
            <span className="text-slate-600">
              <strong className="text-slate-900">The adversary</strong>
              {you === "adversary" ? " (you)" : ""} · {adversary.name ?? "?"}{adversary.kind === "bot" ? " (bot)" : ""}
            </span>
            <span>delay caused</span>
            {scores && <span className="text-lg font-bold" data-testid="score-adversary">{formatScore(reveal.scores.adversary ?? 0)} pts</span>}
          </li>
        )}
      </ul>
      <VerdictCard verdict={reveal.verdict} />
      {links && (
        <div className="flex flex-wrap gap-2">
          <Link href={`/games/${gameId}`} className="btn-primary">Replay this run</Link>
          <Link href="/?play=consensus" className="btn-secondary">Play again</Link>
          <Link href="/leaderboard?scenario=consensus" className="btn-secondary">Leaderboard</Link>
        </div>
      )}
    </section>
  );
}

function formatScore(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `−${-n}` : "0";
}
