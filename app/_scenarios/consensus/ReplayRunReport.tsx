"use client";
/**
 * The consensus replay's run report, following the replay's moment: at the end, the run revealed
 * (RunReport: the outcome, GST, decisions, scores and the checker's verdict); before it, only what
 * had happened by the slider's tick (each process's input, the decisions taken and the crashes so
 * far), with the verdict waiting for the end, so nothing above the slider tells what comes after it.
 */
import { useReplayMoment } from "@/app/components/ReplayMoment";
import type { DetectorClass } from "@/server/engine/consensus/terms";
import type { ConsensusReveal } from "@/server/engine/consensus/view";
import type { ReplaySeat } from "../replayUi";
import { RunReport } from "./RunReport";

export function ReplayRunReport({ gameId, reveal, seats, detector }: { gameId: string; reveal: ConsensusReveal; seats: ReplaySeat[]; detector: DetectorClass }) {
  const { tick, end, go } = useReplayMoment();
  if (tick >= end) return <RunReport gameId={gameId} reveal={reveal} seats={seats} detector={detector} endTick={end} links={false} />;
  const nameOf = (seat: string) => seats.find((s) => s.seat === seat);
  return (
    <section className="grid gap-3" aria-label="The run so far" data-testid="run-so-far">
      <h2 className="rounded-2xl ring-1 ring-slate-300 bg-slate-50 px-4 py-3 text-xl sm:text-2xl font-bold text-slate-900">The run at tick {tick} of {end}</h2>
      <ul className="grid gap-2 grid-cols-[repeat(auto-fit,minmax(9.5rem,1fr))]" aria-label="Processes at this tick">
        {reveal.processes.map((p) => {
          const who = nameOf(`p${p.id}`);
          const crashed = p.crashedAt !== null && p.crashedAt <= tick;
          const decided = p.decided && p.decided.tick <= tick ? p.decided : null;
          return (
            <li key={p.id} className="card !p-3 grid gap-0.5 text-sm">
              <span className="text-slate-600">
                <strong className="text-slate-900">p{p.id}</strong> · {who?.name ?? "?"}{who?.kind === "bot" ? " (bot)" : ""}
              </span>
              <span>input {p.input}</span>
              <span className="font-medium">{crashed ? `✕ crashed at tick ${p.crashedAt}` : decided ? `decided ${decided.value} (tick ${decided.tick})` : "not decided yet"}</span>
            </li>
          );
        })}
      </ul>
      <div className="card grid gap-2 text-sm text-slate-700 sm:flex sm:items-center sm:gap-4">
        <p className="flex-1">The outcome, the hidden GST, the scores and the checker&apos;s verdict wait for the end of the run (tick {end}).</p>
        <button type="button" className="btn-secondary shrink-0" onClick={() => go(end)}>
          Go to the end
        </button>
      </div>
    </section>
  );
}
