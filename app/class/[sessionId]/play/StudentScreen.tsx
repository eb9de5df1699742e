"use client";
/**
 * A student's screen in a class: the lobby, the round clock and the pause banner, and the
 * ordinary game screen for the seat the server gave them. Made for a phone first.
 */
import Link from "next/link";
import type { StudentView } from "@/server/protocol/classroom";
import { GameScreen } from "@/app/game/[gameId]/GameScreen";
import { RoundClock } from "@/app/class/_ui/RoundClock";
import { scenarioTitle } from "@/app/class/_ui/words";
import { Notice } from "@/app/class/_ui/Notice";
import { useStudentSession } from "./useStudentSession";
import { QuestionCard } from "./QuestionCard";
import { RestartNotice } from "@/app/components/RestartNotice";
import { skinTitle } from "@/app/components/outcome";
import { scenarioUi } from "@/app/_scenarios/registry";

export function StudentScreen({ sessionId }: { sessionId: string }) {
  const state = useStudentSession(sessionId);

  if (state.kind === "loading") return <Notice narrow title="Opening your class…" />;
  if (state.kind === "no-token") {
    return (
      <Notice narrow title="You haven't joined this class on this device">
        Ask your teacher for the class code, then <Link href="/class#join" className="underline">join with it</Link>.
      </Notice>
    );
  }
  if (state.kind === "kicked") {
    return (
      <Notice narrow title="You were removed from this class" tone="rose">
        {state.message} If you think this is a mistake, talk to your teacher.
      </Notice>
    );
  }
  if (state.kind === "refused") {
    return (
      <Notice narrow title={state.ended ? "This class is over" : "You can't rejoin this class"}>
        {state.message}{" "}
        {state.ended ? (
          <Link href="/" className="underline">Play on your own</Link>
        ) : (
          <Link href={`/c/${state.code}`} className="underline">Join again with the code</Link>
        )}
        .
      </Notice>
    );
  }
  if (!state.view) return <Notice narrow title="Connecting to your class…" />;
  return <InClass view={state.view} receivedAt={state.receivedAt} reconnecting={state.kind === "connecting"} />;
}

function InClass({ view, receivedAt, reconnecting }: { view: StudentView; receivedAt: number; reconnecting: boolean }) {
  const round = view.round;
  const paused = round?.status === "paused";
  return (
    <div className="grid" data-testid="class-student">
      <div className="sticky top-0 z-10 bg-stone-50/95 backdrop-blur border-b border-slate-200">
        <div className="mx-auto max-w-5xl px-3 sm:px-4 py-2 flex flex-wrap items-center gap-x-3 gap-y-1">
          <span className="font-semibold truncate max-w-[60%]">{view.title}</span>
          <span className="text-sm text-slate-600" data-testid="student-nickname">
            you are <strong>{view.you.nickname}</strong>
          </span>
          <span className="ml-auto flex items-center gap-2">
            {reconnecting && <span className="text-xs text-amber-700" role="status">Reconnecting…</span>}
            {round && round.status !== "ended" && <RoundClock round={round} receivedAt={receivedAt} />}
          </span>
        </div>
        {paused && !view.game && (
          <p className="bg-amber-400 text-slate-950 text-center font-semibold py-1.5" role="status">
            Paused by your teacher
          </p>
        )}
      </div>
      {view.question && view.status !== "ended" && <QuestionCard sessionId={view.sessionId} question={view.question} />}
      {view.status === "ended" ? (
        <Notice narrow title="Class is over">Thanks for playing, {view.you.nickname}! Your teacher may go through the results with you now.</Notice>
      ) : view.game ? (
        <div className="grid" data-testid="class-game" data-game-id={view.game.gameId} data-seat={view.game.seat}>
          {round?.status === "ended" && (
            <p className="mx-auto max-w-5xl w-full px-3 sm:px-4 pt-3" role="status">
              <span className="block rounded-lg bg-indigo-50 ring-1 ring-indigo-200 text-indigo-900 px-3 py-2 text-sm">
                Round {round.number} is over. Stay here: your teacher will start the next one.{" "}
                <a href={`/games/${view.game.gameId}`} target="_blank" rel="noreferrer" className="underline font-semibold">Replay your game</a>
              </span>
            </p>
          )}
          <GameScreen key={view.game.gameId} gameId={view.game.gameId} inClass />
        </div>
      ) : (
        <Lobby view={view} />
      )}
    </div>
  );
}

function Lobby({ view }: { view: StudentView }) {
  const last = view.round;
  // A round under way without this student: what every player seat of it is told (seat null).
  const Briefing = last && last.status !== "ended" ? scenarioUi(last.scenario)?.play.Briefing : undefined;
  return (
    <div className="mx-auto max-w-md px-4 py-10 grid gap-5 text-center" data-testid="student-lobby">
      <RestartNotice />
      <div className="relative mx-auto w-20 h-20 grid place-items-center" aria-hidden="true">
        <span className="absolute inset-2 rounded-full bg-amber-200 motion-safe:animate-ping" />
        <span className="relative w-12 h-12 rounded-full bg-amber-400 grid place-items-center text-slate-950 font-bold">✓</span>
      </div>
      <h1 className="text-2xl font-bold">You&apos;re in, {view.you.nickname}.</h1>
      <p className="text-slate-600">
        {last && last.status !== "ended"
          ? `Round ${last.number} (${skinTitle(last.skin) ?? scenarioTitle(last.scenario)}) is under way; you'll be seated in the next one.`
          : last
            ? "Waiting for the teacher to start the next round."
            : "Waiting for the teacher to start a round."}
      </p>
      <p className="text-sm text-slate-500">
        Class <strong>{view.title}</strong> · code <span className="font-mono tracking-widest">{view.code}</span>. Keep this page open; if you
        lose the connection or reload, you get your seat back.
      </p>
      {Briefing && last && <Briefing seat={null} params={last.params} skin={last.skin} />}
    </div>
  );
}
