"use client";
/** A Two Generals seat in play: the battlefield and the seat's controls, then the debrief. */
import type { GeneralsMove } from "@/server/engine/generals/bots";
import { generalsTimeline } from "@/server/engine/generals/timeline";
import type { GeneralsView } from "@/server/engine/generals/view";
import type { GameProps } from "../../playUi";
import { DawnReport, DawnSummary } from "@/app/components/DawnReport";
import { GameClock } from "@/app/components/GameClock";
import { Battlefield } from "./Battlefield";
import { EnemyPanel } from "./EnemyPanel";
import { GeneralPanel, MessengerLog } from "./GeneralPanel";
import { tellTimeline } from "../tellTimeline";
import { tellingOf } from "../telling";

export function GeneralsGame({ snapshot, view, move, notice }: GameProps<GeneralsView, GeneralsMove>) {
  const timeline = view.reveal ? tellTimeline(generalsTimeline(view.reveal, view.params), snapshot.skin) : null;
  // The skin changes words and pictures only: every panel gets the same view and moves.
  const telling = tellingOf(snapshot.skin);
  return (
    <>
      {/* Phone: field, moves, log. Wide: field and log on the left, moves on the right; the first row is as tall as the field, the second takes what the moves need beyond it (no gap under the field). */}
      <div className="grid gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] lg:grid-rows-[auto_1fr] items-start">
        <div className="grid gap-3 lg:col-start-1 lg:row-start-1">
          <GameClock tick={view.tick} endTick={view.params.dawnTick} tickMs={snapshot.tickMs} finished={view.phase === "finished"} clock="tick" endLabel="dawn" />
          <Battlefield telling={telling} skin={snapshot.skin} view={view} tickMs={snapshot.tickMs} onCapture={(id) => void move({ type: "capture", messengerId: id })} />
          {notice}
        </div>
        <div className="lg:col-start-2 lg:row-start-1 lg:row-span-2">
          {timeline ? (
            <DawnSummary timeline={timeline} seats={snapshot.seats} you={view.seat} challenge={Boolean(snapshot.challenge)} />
          ) : view.seat === "enemy" ? (
            <EnemyPanel telling={telling} view={view} move={move} />
          ) : (
            <GeneralPanel telling={telling} view={view} move={move} />
          )}
        </div>
        {!timeline && view.seat !== "enemy" && (
          <div className="lg:col-start-1 lg:row-start-2">
            <MessengerLog telling={telling} view={view} />
          </div>
        )}
      </div>
      {timeline && <DawnReport gameId={snapshot.gameId} timeline={timeline} you={view.seat} />}
    </>
  );
}
