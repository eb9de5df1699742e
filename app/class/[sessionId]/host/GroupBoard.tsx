"use client";
/**
 * Every group of the round, live: its progress to the end, its seats (student, bot, stand-in,
 * connected) and its outcome; *Watch* opens a group's game in the spectator panel.
 */
import Link from "next/link";
import { useState } from "react";
import { lazyPart, LOADING } from "@/app/_scenarios/lazyPart";

/** Loaded the first time the host presses *Watch*: the console does not carry it up front. */
const SpectatorPanel = lazyPart(() => import("./SpectatorPanel").then((m) => m.SpectatorPanel), LOADING);
import type { GroupProgress, GroupSeat } from "@/server/protocol/classroom";
import type { Skin } from "@/server/protocol/skins";
import type { ClassUi } from "@/app/_scenarios/classUi";
import { scenarioUi } from "@/app/_scenarios/registry";
import { outcomeShort, outcomeTone, seatTitle } from "@/app/components/outcome";
import { groupFigures } from "./groupFigures";

/** `scenario`: the round's, whose own figure each finished game shows; `watch`: the host's credentials, to spectate a group's game (no Watch button without them); `skin`: the round's telling. */
export function GroupBoard({ scenario, groups, watch = null, skin }: { scenario: string; groups: GroupProgress[]; watch?: { sessionId: string; hostKey: string } | null; skin?: Skin }) {
  const ui = scenarioUi(scenario)?.classroom;
  const [watching, setWatching] = useState<string | null>(null);
  const watched = groups.find((g) => g.gameId === watching);
  return (
    <section className="grid gap-2" aria-label="Groups">
      <ul className="grid gap-2 sm:grid-cols-2 xl:grid-cols-3">
        {groups.map((g) => (
          <GroupCard key={g.gameId} group={g} ui={ui} skin={skin} onWatch={watch ? () => setWatching(g.gameId) : undefined} watching={g.gameId === watching} />
        ))}
      </ul>
      {watch && watched && <SpectatorPanel key={watched.gameId} auth={watch} gameId={watched.gameId} group={watched.group} onClose={() => setWatching(null)} />}
    </section>
  );
}

function GroupCard({ group: g, ui, skin, onWatch, watching }: { group: GroupProgress; ui: ClassUi | undefined; skin?: Skin; onWatch?: () => void; watching: boolean }) {
  const share = Math.min(1, g.lastTick > 0 ? g.tick / g.lastTick : 0);
  const done = g.status === "finished";
  return (
    <li className="card !p-3 grid gap-2 content-start" data-testid="group-card" aria-label={`Group ${g.group}`}>
      <div className="flex items-center gap-2">
        <h3 className="font-semibold">Group {g.group}</h3>
        {done && g.metrics ? (
          <span className={`rounded-full ring-1 px-2 py-0.5 text-xs font-semibold ${outcomeTone(g.metrics.outcome)}`} data-testid="group-outcome">
            {outcomeShort(g.metrics.outcome, skin)}
          </span>
        ) : (
          <span className={`rounded-full px-2 py-0.5 text-xs ${g.status === "paused" ? "bg-amber-100 text-amber-900" : "bg-sky-100 text-sky-900"}`}>{g.status === "paused" ? "paused" : "playing"}</span>
        )}
        <span className="ml-auto text-xs text-slate-500 tabular-nums">tick {g.tick} / {g.lastTick}</span>
        {onWatch && !done && (
          <button
            type="button"
            className={`rounded-md px-2 py-0.5 text-xs font-semibold ring-1 ${watching ? "bg-indigo-700 text-white ring-indigo-700" : "text-indigo-800 ring-indigo-300 hover:bg-indigo-50"}`}
            onClick={onWatch}
            aria-pressed={watching}
            aria-label={`Watch group ${g.group}`}
            data-testid="watch-group"
          >
            Watch
          </button>
        )}
      </div>
      <div className="h-1.5 rounded-full bg-slate-100 overflow-hidden" role="progressbar" aria-valuemin={0} aria-valuemax={g.lastTick} aria-valuenow={g.tick} aria-label={`Group ${g.group} progress`}>
        <div className={`h-full rounded-full ${done ? "bg-slate-400" : "bg-gradient-to-r from-indigo-600 to-amber-400"}`} style={{ width: `${(done ? 1 : share) * 100}%`, transition: "width 400ms linear" }} />
      </div>
      <ul className="flex flex-wrap gap-1.5 text-xs">
        {g.seats.map((s) => (
          <SeatChip key={s.seat} seat={s} skin={skin} />
        ))}
      </ul>
      {done && (
        <div className="flex items-center gap-3 text-xs text-slate-600">
          {g.metrics && <span data-testid="group-figures">{groupFigures(g.metrics, ui).join(" · ")}</span>}
          <Link href={`/games/${g.gameId}`} target="_blank" className="ml-auto font-semibold text-indigo-700 underline">Replay</Link>
        </div>
      )}
    </li>
  );
}

function SeatChip({ seat: s, skin }: { seat: GroupSeat; skin?: Skin }) {
  const student = s.kind === "student" && !s.standIn;
  const mark = s.standIn ? "bot standing in" : s.kind === "bot" ? "bot" : `${s.studentBot ? "student's bot, " : ""}${s.connected ? "connected" : "offline"}`;
  return (
    <li
      className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 ring-1 ${student ? "bg-white ring-slate-200" : s.standIn ? "bg-amber-50 ring-amber-300" : "bg-slate-100 ring-slate-200 text-slate-600"}`}
      title={`${seatTitle(s.seat, skin)}: ${s.name} (${mark})`}
    >
      {student ? (
        <span className={`w-1.5 h-1.5 rounded-full ${s.connected ? "bg-emerald-500" : "bg-slate-300"}`} aria-hidden="true" />
      ) : (
        <BotIcon />
      )}
      <span className="text-slate-600">{seatTitle(s.seat, skin)}</span>
      <strong className="font-medium">{s.name}</strong>
      {s.studentBot && <BotIcon />}
      {s.standIn && <span className="text-amber-800">(stand-in)</span>}
      <span className="sr-only">({mark})</span>
    </li>
  );
}

/** A small robot head: bots, without relying on an emoji font. */
function BotIcon() {
  return (
    <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" className="text-slate-500" data-bot="">
      <rect x="1.5" y="3" width="9" height="7.5" rx="2" fill="currentColor" />
      <circle cx="4.25" cy="6.5" r="1" fill="white" />
      <circle cx="7.75" cy="6.5" r="1" fill="white" />
      <path d="M6 3V1.2" stroke="currentColor" strokeWidth="1.2" strokeLinecap="round" />
    </svg>
  );
}
