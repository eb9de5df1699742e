/**
 * On a challenge night's replay: which challenge and night it was, its challenge score,
 * recomputed from the trace just replayed (the same function the server scored it with), and
 * whether it met the objective. The replay below shows the game's own points per seat: the note
 * says they are not the challenge's.
 */
import Link from "next/link";
import { nightMet } from "@/server/challenges/catalogue";
import type { ScoredNight } from "@/server/read/replay";

export function ChallengeNightNote({ night, verified }: { night: ScoredNight | null; verified: boolean }) {
  if (!night) return null;
  return (
    <p className="flex flex-wrap items-center gap-x-2 rounded-lg bg-amber-50 px-3 py-2 text-sm ring-1 ring-amber-200" data-testid="challenge-night-score">
      <span>
        Challenge <Link href={`/challenges/${night.challenge.id}`} className="font-semibold underline">{night.challenge.name}</Link>, night {night.seedIndex + 1}:
      </span>
      <strong className="font-mono">{night.score > 0 ? `+${night.score}` : night.score}</strong>
      <span>{nightMet(night.challenge, night.score) ? "objective met" : "objective not met"}</span>
      <span className="text-slate-600">
        {verified ? "recomputed from this replay" : "the trace does not replay: not to be trusted"}. The points on the seats below are the game&apos;s own table,
        which the challenge does not use.
      </span>
    </p>
  );
}
