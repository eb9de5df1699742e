"use client";
/** The running round: what it is, its clock and the time left, and the host's Pause / Resume / End. */
import { useState } from "react";
import type { HostView } from "@/server/protocol/classroom";
import { RoundClock, useNow } from "@/app/class/_ui/RoundClock";
import { formatDuration, scenarioTitle } from "@/app/class/_ui/words";

type Round = NonNullable<HostView["round"]>;

export function RoundControls({ round, receivedAt, busy, onPause, onResume, onEnd }: { round: Round; receivedAt: number; busy: boolean; onPause: () => void; onResume: () => void; onEnd: () => void }) {
  const running = round.status === "running";
  const now = useNow(running, 1000);
  const finished = round.groups.filter((g) => g.status === "finished").length;
  // The slowest unfinished game decides when the round is over; each ticks on its own.
  const ticksLeft = Math.max(0, ...round.groups.filter((g) => g.status !== "finished").map((g) => g.lastTick - g.tick));
  const msLeft = Math.max(0, ticksLeft * round.tickMs - (running ? now - receivedAt : 0));
  return (
    <section className="card grid gap-3 sm:flex sm:flex-wrap sm:items-center" aria-label="Round controls">
      <div className="grid gap-1">
        <h2 className="text-lg font-semibold">
          Round {round.number}: {scenarioTitle(round.scenario)}
        </h2>
        <p className="text-sm text-slate-600">
          {round.groups.length} {round.groups.length === 1 ? "game" : "games"} · {finished} finished · {round.tickMs / 1000} s a tick
          {round.status !== "ended" && ticksLeft > 0 && <> · about <strong className="tabular-nums">{formatDuration(msLeft)}</strong> left</>}
        </p>
      </div>
      <RoundClock round={round} receivedAt={receivedAt} size="lg" />
      <div className="flex gap-2 sm:ml-auto">
        {round.status === "running" && (
          <button type="button" className="btn-secondary" disabled={busy} onClick={onPause}>Pause</button>
        )}
        {round.status === "paused" && (
          <button type="button" className="btn-primary" disabled={busy} onClick={onResume}>Resume</button>
        )}
        {round.status !== "ended" && <EndRound busy={busy} unfinished={round.groups.length - finished} onEnd={onEnd} />}
      </div>
    </section>
  );
}

/** Ending early asks first: bots play every unfinished game to its end. */
function EndRound({ busy, unfinished, onEnd }: { busy: boolean; unfinished: number; onEnd: () => void }) {
  const [confirm, setConfirm] = useState(false);
  if (!confirm) {
    return (
      <button type="button" className="btn-danger" disabled={busy} onClick={() => (unfinished > 0 ? setConfirm(true) : onEnd())}>
        End round
      </button>
    );
  }
  return (
    <span className="flex items-center gap-2 rounded-lg bg-rose-50 ring-1 ring-rose-200 px-2 py-1 text-sm">
      <span className="text-rose-900">Bots finish the {unfinished} unfinished {unfinished === 1 ? "game" : "games"}.</span>
      <button type="button" className="btn-danger !py-1" disabled={busy} onClick={() => { setConfirm(false); onEnd(); }}>End now</button>
      <button type="button" className="px-2 py-1 text-slate-600" onClick={() => setConfirm(false)}>Cancel</button>
    </span>
  );
}
