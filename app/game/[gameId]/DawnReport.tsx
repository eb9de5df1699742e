/** After dawn: what really happened, the same for every seat. */
import Link from "next/link";
import type { GeneralsView, RevealView } from "@/server/engine/generals/view";
import type { SeatInfo } from "@/server/protocol/events";
import { MessengerStory, OutcomeCards } from "@/app/components/GameStory";

/** Beside the battlefield: the outcome and every seat's result. */
export function DawnSummary({ reveal, seats, you }: { reveal: RevealView; seats: SeatInfo[]; you: string }) {
  return (
    <div className="grid gap-3 content-start">
      <OutcomeCards reveal={reveal} seats={seats} you={you} />
      <div className="flex flex-wrap gap-2">
        <Link href="/" className="btn-primary">Play again</Link>
        <Link href="/leaderboard" className="btn-secondary">Leaderboard</Link>
      </div>
    </div>
  );
}

/** Below: every messenger's fate and why no number of them would have been enough. */
export function DawnReport({ gameId, view, reveal }: { gameId: string; view: GeneralsView; reveal: RevealView }) {
  return (
    <section className="grid gap-4" aria-label="Dawn report">
      <MessengerStory reveal={reveal} dawnTick={view.params.dawnTick} you={view.seat} />
      <p className="text-sm text-slate-600">
        Could more messengers have made the attack certain? No: whoever sent the last one could not know it arrived, and
        would have acted the same either way. That is the Two Generals&apos; lesson.
      </p>
      <p>
        <Link href={`/games/${gameId}`} className="underline">The game&apos;s record</Link>: replayed from its trace, with a link to the raw JSON.
      </p>
    </section>
  );
}
