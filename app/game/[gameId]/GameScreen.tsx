"use client";
/** One seat's game screen: waiting room, live battlefield and controls, then the dawn report. */
import Link from "next/link";
import { seatTitle } from "@/app/components/outcome";
import { Battlefield } from "./Battlefield";
import { DawnClock } from "./DawnClock";
import { DawnReport, DawnSummary } from "./DawnReport";
import { EnemyPanel } from "./EnemyPanel";
import { GeneralPanel, MessengerLog } from "./GeneralPanel";
import { useGame } from "./useGame";
import { WaitingRoom } from "./WaitingRoom";

export function GameScreen({ gameId }: { gameId: string }) {
  const game = useGame(gameId);
  const { snapshot, grant } = game;

  if (game.connection === "no-seat") {
    return (
      <Notice title="You don't hold a seat in this game">
        This browser has no seat here. If a friend sent you a code, join with it from the <Link href="/" className="underline">home page</Link>.
        A finished game&apos;s record is on the <Link href={`/games/${gameId}`} className="underline">game page</Link>.
      </Notice>
    );
  }
  if (game.connection === "gone") {
    return (
      <Notice title="This game is no longer being played">
        It may have ended a while ago. See <Link href={`/games/${gameId}`} className="underline">its record</Link>, or{" "}
        <Link href="/" className="underline">start a new game</Link>.
      </Notice>
    );
  }
  if (!snapshot || !grant) return <Notice title="Connecting to the game…">One moment.</Notice>;
  if (snapshot.status === "waiting" || !snapshot.view) return <WaitingRoom snapshot={snapshot} />;

  const view = snapshot.view;
  return (
    <div className="mx-auto max-w-5xl px-3 sm:px-4 py-4 grid gap-4">
      <header className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <h1 className="text-xl sm:text-2xl font-bold">
          Two Generals · <span className="text-slate-600">you are {seatTitle(snapshot.seat)}</span>
        </h1>
        <ul className="flex flex-wrap gap-2 text-xs" aria-label="Seats">
          {snapshot.seats.map((s) => (
            <li key={s.seat} className="rounded-full bg-white ring-1 ring-slate-200 px-2.5 py-1">
              <strong>{s.seat}</strong> {s.name ?? "open"} {s.kind === "bot" ? "(bot)" : ""}
            </li>
          ))}
        </ul>
        {game.connection === "connecting" && <span className="text-xs text-amber-700" role="status">Reconnecting…</span>}
      </header>
      {/* Phone: field, moves, log. Wide: field and log on the left, moves on the right. */}
      <div className="grid gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] items-start">
        <div className="grid gap-3 lg:col-start-1 lg:row-start-1">
          <DawnClock tick={view.tick} dawnTick={view.params.dawnTick} tickMs={snapshot.tickMs} finished={view.phase === "finished"} />
          <Battlefield view={view} tickMs={snapshot.tickMs} onCapture={(id) => void game.move({ type: "capture", messengerId: id })} />
          {game.error && (
            <p role="alert" className="flex items-center gap-3 rounded-lg bg-rose-50 text-rose-800 ring-1 ring-rose-200 px-3 py-2 text-sm">
              {game.error.message}
              <button type="button" className="ml-auto underline" onClick={game.clearError}>dismiss</button>
            </p>
          )}
        </div>
        <div className="lg:col-start-2 lg:row-start-1 lg:row-span-2">
          {view.reveal ? (
            <DawnSummary reveal={view.reveal} seats={snapshot.seats} you={view.seat} />
          ) : view.seat === "enemy" ? (
            <EnemyPanel view={view} move={game.move} />
          ) : (
            <GeneralPanel view={view} move={game.move} />
          )}
        </div>
        {!view.reveal && view.seat !== "enemy" && (
          <div className="lg:col-start-1 lg:row-start-2">
            <MessengerLog view={view} />
          </div>
        )}
      </div>
      {view.reveal && <DawnReport gameId={gameId} view={view} reveal={view.reveal} />}
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
