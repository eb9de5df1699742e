"use client";
/** After the end: what really happened, the same for every seat. */
import Link from "next/link";
import type { Timeline } from "@/server/engine/timeline";
import type { SeatInfo } from "@/server/protocol/events";
import { MessageStory, OutcomeCards } from "@/app/components/GameStory";
import { LastMessageDebrief } from "@/app/components/LastMessageDebrief";
import { InPractice } from "@/app/components/InPractice";
import { useInClass } from "./inClass";

/**
 * Beside the battlefield: the outcome and every seat's result. On a challenge night
 * (`challenge`) without the game's own points: the challenge bar's score is the one that counts.
 */
export function DawnSummary({ timeline, seats, you, challenge = false }: { timeline: Timeline; seats: SeatInfo[]; you: string; challenge?: boolean }) {
  return (
    <div className="grid gap-3 content-start">
      <OutcomeCards timeline={timeline} seats={seats} you={you} scores={!challenge} />
      <EndActions />
    </div>
  );
}

/** Play again, or, inside a class, a word to wait for the teacher. */
function EndActions() {
  if (useInClass()) {
    return <p className="rounded-lg bg-indigo-50 ring-1 ring-indigo-200 text-indigo-900 px-3 py-2 text-sm">Stay on this page: your teacher starts the next round.</p>;
  }
  return (
    <div className="flex flex-wrap gap-2">
      <Link href="/" className="btn-primary">Play again</Link>
      <Link href="/leaderboard" className="btn-secondary">Leaderboard</Link>
    </div>
  );
}

/** Below: every message's fate, the two worlds of the last one, and the lesson in practice. */
export function DawnReport({ gameId, timeline, you }: { gameId: string; timeline: Timeline; you: string }) {
  return (
    <section className="grid gap-6" aria-label="Debrief">
      <MessageStory timeline={timeline} you={you} />
      <LastMessageDebrief timeline={timeline} />
      <InPractice />
      <p>
        <Link href={`/games/${gameId}`} className="underline">Replay this game</Link>: scrub through time and see each side&apos;s view beside the truth.
      </p>
    </section>
  );
}
