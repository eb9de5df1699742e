"use client";
/**
 * On a challenge night's game screen: which challenge and night this is, its objective, and at
 * the end, the way on: the next night (at the same pace) or back to the ladder.
 */
import Link from "next/link";
import { challengeById } from "@/server/challenges/catalogue";
import { ErrorLine } from "@/app/components/NicknameField";
import { savedNickname } from "@/app/lib/identity";
import { useChallengeStart } from "@/app/lib/useChallengeStart";

export function ChallengeBar({ challenge: ref, finished, tickMs }: { challenge: { challengeId: string; night: number }; finished: boolean; tickMs: number }) {
  const { busy, error, start } = useChallengeStart();
  const challenge = challengeById(ref.challengeId);
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
      {!finished && <p className="text-sm text-slate-700">{challenge.objective}</p>}
      {finished && (
        <div className="flex flex-wrap items-center gap-2">
          <span className="text-sm text-slate-300 mr-auto">{hasNext ? "Night over. The next one is waiting." : "That was the last night of this challenge."}</span>
          {hasNext && (
            <button type="button" className="btn-primary" disabled={busy} onClick={() => void start(challenge.id, ref.night + 1, savedNickname(), tickMs)}>
              Next night
            </button>
          )}
          <Link href="/challenges" className={hasNext ? "rounded-lg px-4 py-2.5 font-semibold ring-1 ring-slate-500 hover:bg-slate-800" : "btn-primary"}>Back to challenges</Link>
          <Link href={`/challenges/${challenge.id}`} className="rounded-lg px-4 py-2.5 font-semibold ring-1 ring-slate-500 hover:bg-slate-800">Leaderboard</Link>
        </div>
      )}
      <ErrorLine error={error} />
    </section>
  );
}
