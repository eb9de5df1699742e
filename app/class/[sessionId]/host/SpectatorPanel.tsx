"use client";
/**
 * The host watches one group's game live: each student player seat's own screen, read-only, side
 * by side, and the game's public progress. The server sends exactly what each seat's socket gets
 * (`class:spectator`), nothing of an adversary's seat, a bot's or the hidden parameters, so the
 * panel can stay on the projector while the round runs.
 */
import { useEffect, useRef, useState } from "react";
import type { SpectatorView } from "@/server/protocol/classroom";
import type { ProtocolError } from "@/server/protocol/errors";
import { scenarioUi } from "@/app/_scenarios/registry";
import type { SeatView } from "@/app/_scenarios/playUi";
import { seatTitle } from "@/app/components/outcome";
import { InClassContext } from "@/app/components/inClass";
import { gameSocket, request } from "@/app/lib/socket";

const noMove = () => Promise.resolve();

function useSpectate(auth: { sessionId: string; hostKey: string }, gameId: string) {
  const [view, setView] = useState<SpectatorView | null>(null);
  const [error, setError] = useState<ProtocolError | null>(null);
  const { sessionId, hostKey } = auth;
  useEffect(() => {
    const socket = gameSocket();
    const start = async () => {
      const res = await request("class:spectate", { sessionId, hostKey, gameId });
      setError(res.ok ? null : res.error);
    };
    const onView = (v: SpectatorView) => {
      if (v.gameId === gameId) setView(v);
    };
    socket.on("class:spectator", onView);
    socket.on("connect", start);
    if (socket.connected) void start();
    return () => {
      socket.off("class:spectator", onView);
      socket.off("connect", start);
      void request("class:spectate:stop", { sessionId, hostKey, gameId });
    };
  }, [sessionId, hostKey, gameId]);
  return { view, error };
}

export function SpectatorPanel({ auth, gameId, group, onClose }: { auth: { sessionId: string; hostKey: string }; gameId: string; group: number; onClose: () => void }) {
  const { view, error } = useSpectate(auth, gameId);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [gameId]);
  return (
    <section className="card grid gap-3 !p-3 sm:!p-4" aria-labelledby="spectator-heading" data-testid="spectator-panel">
      <header className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <h3 id="spectator-heading" ref={heading} tabIndex={-1} className="text-lg font-bold outline-none">
          Watching group {group}
        </h3>
        {view && (
          <span className="text-sm text-slate-600 tabular-nums" data-testid="spectator-tick" data-tick={view.tick}>
            tick {view.tick} / {view.lastTick} · {view.status === "running" ? "playing" : view.status}
          </span>
        )}
        <button type="button" className="btn-secondary ml-auto !py-1.5" onClick={onClose} data-testid="spectator-close">
          Close
        </button>
        <p className="basis-full text-sm text-slate-700">
          You see what each player sees, nothing more: each student&apos;s own screen, read-only. No adversary&apos;s screen, no hidden setting.
        </p>
      </header>
      {error && (
        <p role="alert" className="rounded-lg bg-rose-50 text-rose-800 ring-1 ring-rose-200 px-3 py-2 text-sm">
          {error.message}
        </p>
      )}
      {!view && !error && <p role="status" className="text-sm text-slate-600">Connecting to the game…</p>}
      {view && view.seats.length === 0 && <p className="text-sm text-slate-600">No student plays a player seat in this game.</p>}
      {view && (
        <div className={`grid gap-3 ${view.seats.length > 1 ? "lg:grid-cols-2" : ""}`}>
          <InClassContext.Provider value={true}>
            {view.seats.map((snapshot) => {
              const seatView = snapshot.view as SeatView | null;
              const ui = scenarioUi(snapshot.scenario);
              const player = snapshot.seats.find((s) => s.seat === snapshot.seat)?.name;
              return (
                <article key={snapshot.seat} className="grid gap-2 content-start rounded-xl ring-1 ring-slate-200 p-2 min-w-0 overflow-x-auto" aria-label={`${seatTitle(snapshot.seat)}'s screen`} data-testid="spectator-seat">
                  <h4 className="font-semibold text-sm">
                    {seatTitle(snapshot.seat)}
                    {player && <span className="text-slate-600 font-normal"> · {player}</span>}
                  </h4>
                  {seatView && ui ? (
                    // Read-only: every control inside is disabled, and a move would go nowhere.
                    <fieldset disabled className="contents">
                      <ui.play.Game snapshot={snapshot} view={seatView} move={noMove} notice={null} />
                    </fieldset>
                  ) : (
                    <p className="text-sm text-slate-600">{snapshot.status === "starting" ? "Counting down…" : "Not started yet."}</p>
                  )}
                </article>
              );
            })}
          </InClassContext.Provider>
        </div>
      )}
    </section>
  );
}
