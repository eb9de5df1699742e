"use client";
/** A lover's seat in play: the phone, the clock to midnight, the moves and the ladder; then the debrief. */
import type { LoversMove } from "@/server/engine/lovers/bots";
import { loversTimeline } from "@/server/engine/lovers/timeline";
import { loversSentence, type LoverView } from "@/server/engine/lovers/view";
import type { GameProps } from "../../playUi";
import { KnowledgeLadder, nextLevel } from "@/app/components/KnowledgeLadder";
import { LoversScoring } from "../LoversScoring";
import { clockLabel } from "@/app/components/clock";
import { DawnReport, DawnSummary } from "@/app/components/DawnReport";
import { GameClock } from "@/app/components/GameClock";
import { useShortcuts } from "@/app/components/useShortcut";
import { Phone } from "./Phone";

export function LoversGame({ snapshot, view, move, notice }: GameProps<LoverView, LoversMove>) {
  const timeline = view.reveal ? loversTimeline(view.reveal) : null;
  return (
    <>
      <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)] items-start">
        <div className="grid gap-3">
          <GameClock tick={view.tick} endTick={view.params.hours} tickMs={snapshot.tickMs} finished={view.phase === "finished"} clock="hour" endLabel="midnight" />
          <Phone view={view} />
          {notice}
        </div>
        {timeline && view.reveal ? (
          <div className="grid gap-3 content-start">
            {view.reveal.luckyNight && (
              <p className="rounded-lg bg-amber-50 ring-1 ring-amber-200 px-3 py-2 text-sm text-amber-900" data-testid="lucky-night">
                It was a lucky night: no SMS could be lost, although you were told {Math.round(view.params.lossProbability * 100)}% might be. You could not have known.
              </p>
            )}
            <DawnSummary timeline={timeline} seats={snapshot.seats} you={view.seat} challenge={Boolean(snapshot.challenge)} />
          </div>
        ) : (
          <LoverMoves view={view} move={move} />
        )}
      </div>
      {timeline && <DawnReport gameId={snapshot.gameId} timeline={timeline} you={view.seat} />}
    </>
  );
}

function LoverMoves({ view, move }: { view: LoverView; move: (m: LoversMove) => Promise<void> }) {
  const { can } = view;
  const send = (kind: "proposal" | "ack") => void move({ type: "send", kind });
  const decide = (decision: "show" | "stay") => void move({ type: "decide", decision });
  useShortcuts({
    p: () => can.propose && send("proposal"),
    k: () => can.ack && send("ack"),
    s: () => can.decide && decide("show"),
    h: () => can.decide && decide("stay"),
  });
  const level = nextLevel(view.knowledge.depth, view.seat === "alice");
  return (
    <div className="grid gap-4 content-start">
      <section className="card grid gap-3 content-start" aria-label="Your moves">
        <h2 className="font-semibold">Your moves</h2>
        <div className="grid grid-cols-2 gap-2">
          {view.seat === "alice" && (
            <button type="button" className="btn-secondary" disabled={!can.propose} onClick={() => send("proposal")} aria-keyshortcuts="P">
              Text: let&apos;s meet <Key>P</Key>
            </button>
          )}
          <button type="button" className="btn-secondary" disabled={!can.ack} onClick={() => send("ack")} aria-keyshortcuts="K">
            Text: got it <Key>K</Key>
          </button>
        </div>
        <p className="text-xs text-slate-500">
          One SMS an hour; each takes an hour and costs 1 point, and {Math.round(view.params.lossProbability * 100)}% may be lost.
          {view.seat === "bob" && view.received.length === 0 && " You can reply once Alice's SMS reaches you."}
        </p>
        {view.decision ? (
          <p className="rounded-lg bg-slate-100 px-3 py-2 font-medium" role="status">
            You decided to <strong>{view.decision.decision === "show" ? "show up at midnight" : "stay home"}</strong> at {clockLabel("hour", view.decision.tick)}. It cannot be changed.
          </p>
        ) : (
          <div className="grid grid-cols-2 gap-2">
            <button type="button" className="btn-danger" disabled={!can.decide} onClick={() => decide("show")} aria-keyshortcuts="S">
              Show up at midnight <Key>S</Key>
            </button>
            <button type="button" className="btn-secondary" disabled={!can.decide} onClick={() => decide("stay")} aria-keyshortcuts="H">
              Stay home <Key>H</Key>
            </button>
          </div>
        )}
        {!view.decision && <p className="text-xs text-slate-500">A lover who has not decided by midnight stays home.</p>}
        <p className="text-xs text-slate-500">Midnight strikes before that hour&apos;s texts arrive: a text due at midnight is too late.</p>
      </section>
      <KnowledgeLadder depth={view.knowledge.depth} sentence={view.knowledge.sentence} rungs={view.knowledge.rungs} next={{ level, sentence: loversSentence(level, view.seat) }} clock="hour" />
      <LoversScoring />
    </div>
  );
}

function Key({ children }: { children: React.ReactNode }) {
  return <kbd className="ml-1 rounded bg-white/20 px-1.5 text-xs font-mono">{children}</kbd>;
}
