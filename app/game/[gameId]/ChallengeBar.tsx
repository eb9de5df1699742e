"use client";
/**
 * On a challenge night's game screen: which challenge and night this is, its objective, and at
 * the end the night's challenge score (the one score a challenge screen shows: the game's own
 * points table is hidden on challenge nights), whether it meets the objective, and the way on:
 * the next night (at the same pace) or back to the ladder.
 */
import Link from "next/link";
import { useEffect, useState } from "react";
import { challengeById, nightMet } from "@/server/challenges/catalogue";
import { nightScore, type NightRecord } from "@/server/challenges/scoring";
import { ErrorLine } from "@/app/components/NicknameField";
import { savedNickname } from "@/app/lib/identity";
import { useChallengeStart } from "@/app/lib/useChallengeStart";

export function ChallengeBar({ gameId, challenge: ref, finished, tickMs }: { gameId: string; challenge: { challengeId: string; night: number }; finished: boolean; tickMs: number }) {
  const { busy, error, start } = useChallengeStart();
  const challenge = challengeById(ref.challengeId);
  const score = useNightScore(gameId, finished ? ref.challengeId : null);
  if (!challenge) return null;
  const nights = challenge.nights.length;
  const hasNext = ref.night < nights;
  return (
    <section aria-label="Challenge" className={`grid gap-2 rounded-2xl px-4 py-3 ring-1 ${finished ? "bg-night text-white ring-slate-800" : "bg-amber-50 ring-amber-200"}`}>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <span className={`text-xs font-semibold uppercase tracking-wide ${finished ? "text-amber-300" : "text-amber-800"}`}>Challenge</span>
        <strong>{challenge.name}</strong>
        <span className={finished ? "text-slate-300" : "text-slate-600"} data-testid="challenge-night">Night {ref.night} of {nights}</span>
      </div>
      {!finished && (
        <p className="text-sm text-slate-700">
          {challenge.objective} <span className="text-slate-600">{challenge.goal.met}</span>
        </p>
      )}
      {finished && (
        <div className="flex flex-wrap items-center gap-2">
          <span className="text-sm text-slate-300 mr-auto">
            {score !== null && (
              <>
                Your challenge score for this night: <strong className="font-mono text-lg text-amber-300" data-testid="night-score">{score > 0 ? `+${score}` : score}</strong>{" "}
                <span data-testid="night-met">
                  {nightMet(challenge, score)
                    ? "(objective met)."
                    : `(objective not met: it takes ${challenge.goal.minScore > 0 ? `+${challenge.goal.minScore}` : challenge.goal.minScore} or more).`}
                </span>{" "}
              </>
            )}
            {hasNext ? "Night over. The next one is waiting." : "That was the last night of this challenge."}
          </span>
          {hasNext && (
            <button type="button" className="btn-primary" disabled={busy} onClick={() => void start(challenge.id, ref.night + 1, savedNickname(), tickMs)}>
              Next night
            </button>
          )}
          <Link href="/challenges" className={hasNext ? "rounded-lg px-4 py-2.5 font-semibold ring-1 ring-slate-500 hover:bg-slate-800" : "btn-primary"}>Back to challenges</Link>
          <Link href={`/challenges/${challenge.id}`} className="rounded-lg px-4 py-2.5 font-semibold ring-1 ring-slate-500 hover:bg-slate-800">Leaderboard</Link>
        </div>
      )}
      <ErrorLine error={error?.message} />
    </section>
  );
}

/**
 * The night's challenge score, for display: the same pure formula the server applies, read from
 * the published trace once it is stored (a few retries while the write lands). The server's own
 * computation is the one that counts.
 */
function useNightScore(gameId: string, challengeId: string | null): number | null {
  const [score, setScore] = useState<number | null>(null);
  useEffect(() => {
    const challenge = challengeId ? challengeById(challengeId) : undefined;
    if (!challenge) return;
    let cancelled = false;
    void (async () => {
      for (let attempt = 0; attempt < 10 && !cancelled; attempt++) {
        const res = await fetch(`/api/games/${gameId}/trace`).catch(() => null);
        if (res?.ok) {
          const trace = (await res.json()) as NightRecord;
          if (!cancelled) setScore(nightScore(challenge.scoring, challenge.seat, trace));
          return;
        }
        await new Promise((r) => setTimeout(r, 300));
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [gameId, challengeId]);
  return score;
}
