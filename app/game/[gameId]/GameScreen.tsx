"use client";
/** One seat's game screen: connection states, the waiting room, then the scenario's own screen. */
import Link from "next/link";
import { seatTitle, skinTitle } from "@/app/components/outcome";
import { scenarioUi } from "@/app/_scenarios/registry";
import type { SeatMove } from "@/app/_scenarios/playUi";
import { useGame } from "./useGame";
import { WaitingRoom } from "./WaitingRoom";
import { InClassContext } from "@/app/components/inClass";
import { lazyPart } from "@/app/_scenarios/lazyPart";
import { SavedNotice } from "./SavedNotice";
import { PracticeBadge } from "@/app/components/PracticeBadge";
import { RestartNotice } from "@/app/components/RestartNotice";
import { HeldWords } from "./HeldWords";
import { PresenceDot, PresenceSign } from "./FriendPresence";
import { RematchPanel } from "./RematchPanel";
import { LiveAnnouncer } from "@/app/components/LiveAnnouncer";

/** Only a challenge night shows it, and it reads the challenge catalogue: loaded when shown. */
const ChallengeBar = lazyPart(() => import("./ChallengeBar").then((m) => m.ChallengeBar));

/** `inClass`: shown inside a class session's student screen (the end screens then keep the student there). */
export function GameScreen({ gameId, inClass = false }: { gameId: string; inClass?: boolean }) {
  const game = useGame(gameId);
  const { snapshot, grant } = game;

  if (game.connection === "no-seat") {
    return (
      <Notice title="You don't hold a seat in this game">
        This browser has no seat here. If a friend sent you a code, join with it from the <Link href="/" className="underline">home page</Link>.
        A finished game&apos;s replay is on the <Link href={`/games/${gameId}`} className="underline">game page</Link>.
      </Notice>
    );
  }
  if (game.connection === "gone" && inClass) {
    return (
      <Notice title="Your last game is over">
        See <Link href={`/games/${gameId}`} className="underline">its replay</Link>, and stay on this page: your teacher starts the next round.
      </Notice>
    );
  }
  if (game.connection === "gone") {
    return (
      <Notice title="This game is no longer being played">
        It may have ended a while ago. See <Link href={`/games/${gameId}`} className="underline">its replay</Link>, or{" "}
        <Link href="/" className="underline">start a new game</Link>.
      </Notice>
    );
  }
  if (!snapshot || !grant) return <Notice title="Connecting to the game…">One moment.</Notice>;
  // Before tick 0 (waiting, counting down, or a class round paused during its countdown).
  if (snapshot.status === "waiting" || !snapshot.view) return <WaitingRoom snapshot={snapshot} inClass={inClass} />;

  const notice = game.error && (
    <p role="alert" className="flex items-center gap-3 rounded-lg bg-rose-50 text-rose-800 ring-1 ring-rose-200 px-3 py-2 text-sm">
      {game.error.message}
      <button type="button" className="ml-auto underline" onClick={game.clearError}>dismiss</button>
    </p>
  );
  const view = snapshot.view;
  // A class host paused the round: the clock stands still and the server refuses moves.
  const paused = snapshot.status === "paused";
  const play = (m: SeatMove) => (paused ? Promise.resolve() : game.move(m));
  // The view says whose rules it follows; the registry knows that scenario's screen.
  const ui = scenarioUi(view.scenario);
  return (
    <div className="mx-auto max-w-5xl px-3 sm:px-4 py-4 grid gap-4">
      <header className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <h1 className="text-xl sm:text-2xl font-bold">
          {skinTitle(snapshot.skin) ?? ui?.title ?? snapshot.scenario} · <span className="text-slate-600">you are {ui?.play.seatTitle?.(snapshot.seat) ?? seatTitle(snapshot.seat, snapshot.skin)}</span>
        </h1>
        <ul className="flex flex-wrap gap-2 text-xs" aria-label="Seats">
          {snapshot.seats.map((s) => (
            <li key={s.seat} className="rounded-full bg-white ring-1 ring-slate-200 px-2.5 py-1">
              <PresenceDot seat={s} />
              <strong>{ui?.play.seatTitle?.(s.seat) ?? seatTitle(s.seat, snapshot.skin)}</strong> {s.kind === "bot" ? `${s.name ?? "strategy hidden"} (bot)` : (s.name ?? "open")}
            </li>
          ))}
        </ul>
        {game.connection === "connecting" && <span className="text-xs text-amber-700" role="status">Reconnecting…</span>}
      </header>
      {snapshot.challenge && <ChallengeBar gameId={snapshot.gameId} challenge={snapshot.challenge} finished={snapshot.status === "finished"} tickMs={snapshot.tickMs} />}
      {snapshot.practice && <PracticeBadge seed={snapshot.practice.seed} banner />}
      <RestartNotice />
      {snapshot.seats.some((s) => s.present !== undefined) && <PresenceSign seats={snapshot.seats} mine={snapshot.seat} />}
      {snapshot.status === "finished" && snapshot.rematch && <RematchPanel snapshot={snapshot} ask={game.rematch} />}
      <LiveAnnouncer key={snapshot.gameId} view={view} announce={ui?.play.announce} />
      <SavedNotice finished={snapshot.status === "finished"} saved={snapshot.saved} />
      {paused && (
        <p className="rounded-lg bg-amber-400 text-slate-950 px-3 py-2 font-semibold text-center" role="status" data-testid="paused-banner">
          {snapshot.held ? <HeldWords standInsAt={snapshot.held.standInsAt} /> : "Paused by your teacher: the clock has stopped. Wait for the round to resume."}
        </p>
      )}
      <InClassContext.Provider value={inClass}>
        <fieldset disabled={paused} className="contents">
          {ui ? (
            <ui.play.Game snapshot={snapshot} view={view} move={play} notice={notice} />
          ) : (
            <p className="card">This browser does not know how to show a game of {view.scenario}: reload the page to get the latest version.</p>
          )}
        </fieldset>
      </InClassContext.Provider>
    </div>
  );
}

function Notice({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="mx-auto max-w-xl px-4 py-16 grid gap-3 text-center">
      <h1 className="text-2xl font-bold">{title}</h1>
      <p className="text-slate-600">{children}</p>
    </div>
  );
}
