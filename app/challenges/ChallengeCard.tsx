/** One challenge of a ladder: the situation, the objective and formula, and your nights. */
import Link from "next/link";
import { formulaLines, nightMet, type Challenge, type ChallengeProgress } from "@/server/read/challenges";
import { PlayNight } from "./PlayControls";
import { signed } from "@/app/components/outcome";

export { signed };

const DIFFICULTY_STYLE: Record<Challenge["difficulty"], string> = {
  gentle: "bg-emerald-100 text-emerald-800",
  tricky: "bg-sky-100 text-sky-800",
  hard: "bg-amber-100 text-amber-900",
  fiendish: "bg-rose-100 text-rose-800",
};

export function ChallengeCard({ challenge, progress, previous }: { challenge: Challenge; progress: ChallengeProgress; previous?: Challenge }) {
  const locked = !progress.unlocked;
  return (
    <article
      aria-label={challenge.name}
      data-locked={locked ? "true" : "false"}
      className={`relative flex flex-col gap-3 rounded-2xl p-4 shadow-sm ${locked ? "bg-slate-100 ring-1 ring-slate-200" : progress.completed ? "bg-white ring-2 ring-emerald-400" : "bg-white ring-1 ring-slate-200"}`}
    >
      <header className="flex items-start gap-3">
        <span className={`grid h-9 w-9 shrink-0 place-items-center rounded-full font-bold ${locked ? "bg-slate-300 text-slate-600" : "bg-night text-amber-300"}`} aria-hidden="true">
          {locked ? <LockIcon /> : challenge.level}
        </span>
        <div className="grid gap-1 min-w-0">
          <h3 className="text-lg font-bold leading-tight">
            <Link href={`/challenges/${challenge.id}`} className="hover:underline">{challenge.name}</Link>
          </h3>
          <div className="flex flex-wrap gap-1.5 text-xs">
            <span className={`rounded-full px-2 py-0.5 font-medium ${DIFFICULTY_STYLE[challenge.difficulty]}`}>{challenge.difficulty}</span>
            <span className="rounded-full bg-slate-100 px-2 py-0.5 text-slate-600">{challenge.nights.length} nights</span>
            {progress.completed && <span className="rounded-full bg-emerald-700 px-2 py-0.5 font-medium text-white">completed</span>}
            {locked && <span className="rounded-full bg-slate-300 px-2 py-0.5 font-medium text-slate-700">locked</span>}
          </div>
        </div>
      </header>
      <p className={`text-sm leading-relaxed ${locked ? "text-slate-600" : "text-slate-700"}`}>{challenge.story}</p>
      <p className="text-sm"><strong>Objective:</strong> {challenge.objective}</p>
      <p className="text-xs text-slate-600" data-testid="challenge-goal">{challenge.goal.met}</p>
      {/* Open where it matters: the challenges you are about to play. */}
      <details className="text-sm group" open={progress.unlocked && !progress.completed}>
        <summary className="cursor-pointer select-none font-medium text-slate-700">Scoring, per night</summary>
        <ul className="mt-1 grid gap-0.5 text-slate-600">
          {formulaLines(challenge.scoring).map((line) => (
            <li key={line} className="font-mono text-xs">{line}</li>
          ))}
        </ul>
        <p className="mt-1 text-xs text-slate-500">Your score is the sum of your best result on each night. Every player gets the same nights.</p>
      </details>
      {locked && previous && <p className="text-sm font-medium text-slate-600">Meet the objective on every night of “{previous.name}” to unlock.</p>}
      <ul className="mt-auto grid gap-1.5" aria-label={`${challenge.name}: nights`}>
        {challenge.nights.map((night, i) => {
          const best = progress.nights[i];
          return (
            <li key={night.label} className="flex flex-wrap items-center gap-2 rounded-lg bg-slate-50 px-2 py-1.5">
              <span className="flex-1 min-w-0 truncate text-sm">{night.label}</span>
              <span className="font-mono text-sm tabular-nums" data-testid="night-best">
                {best ? (
                  <Link href={`/games/${best.gameId}`} className="hover:underline" title="Your best on this night: see its replay">{signed(best.score)}</Link>
                ) : (
                  <span className="text-slate-500">–</span>
                )}
              </span>
              {best && (
                <span className={`text-xs font-medium ${nightMet(challenge, best.score) ? "text-emerald-700" : "text-slate-500"}`} data-testid="night-met">
                  {nightMet(challenge, best.score) ? "met" : "not met"}
                </span>
              )}
              <PlayNight challengeId={challenge.id} night={i + 1} label={`${challenge.name}, ${night.label}`} locked={locked} played={best !== null} />
            </li>
          );
        })}
      </ul>
      <footer className="flex items-center justify-between text-sm">
        <span>
          Total <strong className="font-mono" data-testid="challenge-total">{progress.total === null ? "–" : signed(progress.total)}</strong>
        </span>
        <Link href={`/challenges/${challenge.id}`} className="font-medium text-amber-700 hover:underline">Leaderboard →</Link>
      </footer>
    </article>
  );
}

function LockIcon() {
  return (
    <svg width="14" height="16" viewBox="0 0 14 16" aria-hidden="true">
      <rect x="1" y="7" width="12" height="8" rx="2" fill="currentColor" />
      <path d="M4 7V5a3 3 0 0 1 6 0v2" stroke="currentColor" strokeWidth="2" fill="none" />
    </svg>
  );
}
