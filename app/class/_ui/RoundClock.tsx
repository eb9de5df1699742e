"use client";
/**
 * The round clock every screen of a class shows: time played since the round started, without
 * its pauses. It ticks locally between the server's pushes and stands still while paused.
 */
import { useEffect, useState } from "react";
import type { RoundView } from "@/server/protocol/classroom";
import { formatDuration } from "./words";

/** Milliseconds the round has run, as of `now`. While paused, pausedMs already counts the pause up to the push. */
export function roundElapsed(round: RoundView, now: number, receivedAt: number): number {
  if (round.endedAt !== null) return round.endedAt - round.startedAt - round.pausedMs;
  if (round.status === "paused") return receivedAt - round.startedAt - round.pausedMs;
  return now - round.startedAt - round.pausedMs;
}

export function useNow(active: boolean, everyMs = 500): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    const id = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(id);
  }, [active, everyMs]);
  return now;
}

let offset: Promise<number> | null = null;

/**
 * How far the server's clock is ahead of this device's (round times are the server's epoch
 * milliseconds), from the Date header of one small request: to the second, so only a skew
 * larger than two seconds is corrected.
 */
function serverOffset(): Promise<number> {
  offset ??= fetch("/api/health", { cache: "no-store" })
    .then((res) => {
      const server = Date.parse(res.headers.get("date") ?? "");
      const skew = Number.isFinite(server) ? server + 500 - Date.now() : 0;
      return Math.abs(skew) > 2000 ? skew : 0;
    })
    .catch(() => 0);
  return offset;
}

function useServerOffset(): number {
  const [skew, setSkew] = useState(0);
  useEffect(() => {
    let live = true;
    void serverOffset().then((o) => live && setSkew(o));
    return () => {
      live = false;
    };
  }, []);
  return skew;
}

export function RoundClock({ round, receivedAt, size = "md" }: { round: RoundView; receivedAt: number; size?: "md" | "lg" }) {
  const now = useNow(round.status === "running");
  const skew = useServerOffset();
  const elapsed = roundElapsed(round, Math.max(now, receivedAt) + skew, receivedAt + skew);
  const label = round.status === "paused" ? "paused" : round.status === "ended" ? "over" : "running";
  const tone = round.status === "paused" ? "bg-amber-100 text-amber-900 ring-amber-300" : round.status === "ended" ? "bg-slate-100 text-slate-700 ring-slate-300" : "bg-emerald-100 text-emerald-900 ring-emerald-300";
  return (
    <div className={`inline-flex items-center gap-3 rounded-full ring-1 px-3 py-1 ${tone}`} role="timer" aria-label={`Round ${round.number}: ${label}, ${formatDuration(elapsed)}`} data-testid="round-clock">
      <span className="text-xs font-semibold uppercase tracking-wide">Round {round.number} · {label}</span>
      <span className={`font-mono font-bold tabular-nums ${size === "lg" ? "text-2xl" : "text-base"}`}>{formatDuration(elapsed)}</span>
    </div>
  );
}
