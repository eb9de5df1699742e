"use client";
/**
 * The replay's moment, shared by everything on the replay page: the viewer's slider sets it, and
 * the outcome cards, the fate table and the two worlds follow it, so nothing on the page tells
 * what happens after its tick. The moment is kept in the URL (?t=) so it can be shared.
 */
import { createContext, useContext, useEffect, useMemo, useState } from "react";
import type { Timeline } from "@/server/engine/timeline";
import { clockLabel } from "./clock";
import { FateTable, OutcomeCards, type StorySeat } from "./GameStory";
import { LastMessageDebrief } from "./LastMessageDebrief";

export interface ReplayMoment {
  /** The tick shown, from 0 to `end`. */
  tick: number;
  /** The last tick of the game. */
  end: number;
  /** Moves to a tick (clamped to the game, rounded). */
  go: (tick: number) => void;
}

const MomentContext = createContext<ReplayMoment | null>(null);

/** Holds the replay's moment for the page: `initialTick` from ?t= (clamped), `end` the game's last tick. */
export function ReplayMomentProvider({ initialTick, end, children }: { initialTick: number; end: number; children: React.ReactNode }) {
  const [tick, setTick] = useState(() => clampTick(initialTick, end));

  useEffect(() => {
    const url = new URL(window.location.href);
    url.searchParams.set("t", String(tick));
    window.history.replaceState(null, "", url);
  }, [tick]);

  const moment = useMemo(() => ({ tick, end, go: (t: number) => setTick(clampTick(t, end)) }), [tick, end]);
  return <MomentContext.Provider value={moment}>{children}</MomentContext.Provider>;
}

/**
 * A moment held elsewhere (the presenter debrief: the server's tick): everything inside follows
 * `tick`, and moving asks `onGo` instead of moving by itself.
 */
export function ControlledReplayMoment({ tick, end, onGo, children }: { tick: number; end: number; onGo: (tick: number) => void; children: React.ReactNode }) {
  const moment = useMemo(() => ({ tick: clampTick(tick, end), end, go: (t: number) => onGo(clampTick(t, end)) }), [tick, end, onGo]);
  return <MomentContext.Provider value={moment}>{children}</MomentContext.Provider>;
}

/** The replay's moment; only inside a ReplayMomentProvider. */
export function useReplayMoment(): ReplayMoment {
  const moment = useContext(MomentContext);
  if (!moment) throw new Error("useReplayMoment: inside a ReplayMomentProvider only");
  return moment;
}

/** A tick within 0..end, rounded; anything not a number is the start. */
export function clampTick(t: number, end: number): number {
  return Number.isFinite(t) ? Math.max(0, Math.min(end, Math.round(t))) : 0;
}

/** The outcome cards as of the replay's moment: before the end, no outcome or score, only the decisions taken by then. */
export function ReplayOutcomeCards({ timeline, seats }: { timeline: Timeline; seats: StorySeat[] }) {
  const { tick } = useReplayMoment();
  return <OutcomeCards timeline={timeline} seats={seats} upTo={tick} />;
}

/** The fate table as of the replay's moment: the messages sent by then, each fate once it was settled. */
export function ReplayFateTable({ timeline }: { timeline: Timeline }) {
  const { tick } = useReplayMoment();
  return <FateTable timeline={timeline} upTo={tick} />;
}

/**
 * The two-worlds debrief is about how the game ended: it shows once the slider reaches the end,
 * and until then says so, with a button to go there.
 */
export function ReplayTwoWorlds({ timeline }: { timeline: Timeline }) {
  const { tick, end, go } = useReplayMoment();
  if (tick >= end) return <LastMessageDebrief timeline={timeline} />;
  return (
    <section className="card grid gap-2 text-sm text-slate-700 sm:flex sm:items-center sm:gap-4" aria-label="Two worlds" data-testid="two-worlds-hidden">
      <p className="flex-1">
        <strong>Two worlds nobody could tell apart</strong> is the debrief of how this game ended, so it waits for the end: you are at{" "}
        {clockLabel(timeline.clock, tick)}, the game ends at {endOf(timeline)}.
      </p>
      <button type="button" className="btn-secondary shrink-0" onClick={() => go(end)}>
        Go to the end
      </button>
    </section>
  );
}

/** The end of the game in words: "tick 20 (dawn)", "midnight". */
function endOf(timeline: Timeline): string {
  const at = clockLabel(timeline.clock, timeline.endTick);
  return timeline.endLabel === at ? at : `${at} (${timeline.endLabel})`;
}
