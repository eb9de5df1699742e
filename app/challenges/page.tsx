/** The challenge ladders: per scenario, named challenges that unlock one after another. */
import type { Metadata } from "next";
import { CHALLENGE_SCENARIOS, ladderOf, readChallengeProgress } from "@/server/read/challenges";
import { ChallengeCard } from "./ChallengeCard";
import { ChallengePlayProvider, PlayerPanel } from "./PlayControls";
import { cookiePlayerId } from "./playerCookie";

export const metadata: Metadata = { title: "Challenges" };
export const dynamic = "force-dynamic";

export default async function ChallengesPage() {
  const playerId = await cookiePlayerId();
  const progress = await readChallengeProgress(playerId);
  const progressOf = new Map(progress.map((p) => [p.challengeId, p]));
  const done = progress.filter((p) => p.completed).length;
  return (
    <ChallengePlayProvider playerId={playerId}>
      <div className="mx-auto max-w-6xl px-4 py-6 sm:py-10 grid gap-8">
        <header className="grid gap-2">
          <h1 className="text-3xl sm:text-4xl font-bold tracking-tight">Challenges</h1>
          <p className="max-w-3xl text-slate-700 leading-relaxed">
            Solo puzzles against bots. Each challenge is played on a few fixed <strong>nights</strong>: the same fog, the same lost
            texts, the same lying detector for every player, so scores compare like for like. Unsafe decisions cost the most.
            Meet a challenge&apos;s objective on every one of its nights (each card says the score to reach) to unlock the next one.
          </p>
          <p className="text-sm text-slate-500" data-testid="challenges-done">
            {done} of {progress.length} challenges completed
          </p>
        </header>
        <PlayerPanel />
        {CHALLENGE_SCENARIOS.map((s) => {
          const ladder = ladderOf(s.id);
          const cleared = ladder.filter((c) => progressOf.get(c.id)?.completed).length;
          return (
            <section key={s.id} aria-label={`${s.title} challenges`} className="grid gap-3">
              <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
                <h2 className="text-xl font-bold">{s.title}</h2>
                <div className="h-2 w-24 overflow-hidden rounded-full bg-slate-200" aria-hidden="true">
                  <div className="h-full rounded-full bg-emerald-500" style={{ width: `${(100 * cleared) / ladder.length}%` }} />
                </div>
                <span className="text-sm text-slate-500">{cleared} of {ladder.length}</span>
              </div>
              <div className="grid gap-4 md:grid-cols-3">
                {ladder.map((c, i) => (
                  <ChallengeCard key={c.id} challenge={c} progress={progressOf.get(c.id)!} previous={ladder[i - 1]} />
                ))}
              </div>
            </section>
          );
        })}
      </div>
    </ChallengePlayProvider>
  );
}
