/**
 * The replay of a finished game, for every scenario: replayed on the server from its stored
 * seed and inputs (and checked against the stored events), then scrubbed through in the
 * browser. /games/<id>?t=<tick> opens it at a moment. Links to the raw trace. The scenario's
 * replay part (app/_scenarios/<id>/replay.tsx) describes its parameters and tells its story.
 */
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BotName } from "@/app/components/BotName";
import { seatTitle, skinTitle } from "@/app/components/outcome";
import { knownSkin } from "@/server/protocol/skins";
import type { Timeline } from "@/server/engine/timeline";
import { PracticeBadge } from "@/app/components/PracticeBadge";
import { scenarioUi } from "@/app/_scenarios/registry";
import { readReplay } from "@/server/read/replay";
import { ReplayMomentProvider } from "@/app/components/ReplayMoment";
import { ReplayViewer } from "./ReplayViewer";
import { ChallengeNightNote } from "./ChallengeNightNote";
import { ArenaWithheld } from "./ArenaWithheld";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Replay" };

export default async function ReplayPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ t?: string }> }) {
  const { id } = await params;
  const { t } = await searchParams;
  const record = await readReplay(id);
  if (!record) notFound();
  if ("withheldCycle" in record) return <ArenaWithheld cycle={record.withheldCycle} />;
  const { trace, check } = record;
  const ui = scenarioUi(trace.scenario);
  const apiBots = trace.seats.filter((s) => s.botId);
  // The telling the game was played in: the replay tells it the same way (same run, other words).
  const skin = knownSkin(trace.skin);
  const tell = (told: Timeline) => ui?.replay.retell?.(told, skin) ?? told;
  const timeline = check.ok ? tell(check.timeline) : null;
  const blind = record.blindTimeline ? tell(record.blindTimeline) : timeline;

  return (
    <div className="mx-auto max-w-5xl px-3 sm:px-4 py-6 grid gap-5">
      <header className="grid gap-1">
        <p className="text-sm text-slate-500">
          <Link href={`/leaderboard?scenario=${trace.scenario}`} className="underline">Leaderboard</Link> / game {trace.gameId}
        </p>
        <h1 className="text-2xl sm:text-3xl font-bold">
          {skinTitle(skin) ?? ui?.title ?? trace.scenario}, {formatWhen(trace.finishedAt)}
        </h1>
        <p className="text-slate-600 text-sm">
          {ui ? `${ui.replay.describeParams(trace.params, skin)} · ` : ""}seed {trace.seed}
        </p>
        {apiBots.length > 0 && (
          <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-600" aria-label="Bot API bots">
            {apiBots.map((s) => (
              <span key={s.seat} className="inline-flex items-center gap-1.5">
                {seatTitle(s.seat, skin)}: <BotName id={s.botId!} name={s.name} badge />
              </span>
            ))}
          </p>
        )}
        {trace.practice && (
          <p>
            <PracticeBadge seed={trace.seed} />
          </p>
        )}
      </header>
      <ChallengeNightNote night={record.night} verified={check.ok} />
      {check.ok && ui && timeline ? (
        <>
          {/* One moment for the whole story: the viewer's slider moves it, the fate table and the two worlds follow. */}
          <ReplayMomentProvider initialTick={t === undefined ? check.timeline.endTick : Number(t)} end={check.timeline.endTick}>
            <ui.replay.Story
              gameId={trace.gameId}
              params={record.params}
              seats={trace.seats}
              timeline={timeline}
              reveal={record.reveal}
              analysis={ui.replay.analyse?.(record.params, trace.events)}
              viewer={
                <ReplayViewer
                  timeline={timeline}
                  blind={blind ?? timeline}
                  views={ui.replay.Views && <ui.replay.Views timeline={timeline} reveal={record.reveal} />}
                />
              }
            />
          </ReplayMomentProvider>
          <p className="text-sm text-emerald-800 bg-emerald-50 ring-1 ring-emerald-200 rounded-lg px-3 py-2" data-testid="replay-check">
            Replayed on the server from its seed and its {trace.inputs.length} inputs: the same {trace.events.length} events and the same scores as recorded.
            {ui.replay.checkNote && ` ${ui.replay.checkNote}`}
          </p>
        </>
      ) : (
        <p role="alert" className="text-rose-800 bg-rose-50 ring-1 ring-rose-200 rounded-lg px-3 py-2">
          This record does not replay as stored: {check.ok ? `there is no replay screen for "${trace.scenario}"` : check.problem}
        </p>
      )}
      <p className="text-sm">
        <a href={`/api/games/${trace.gameId}/trace`} className="underline">The full trace as JSON</a> (format: docs/trace-format.md).
      </p>
    </div>
  );
}

function formatWhen(iso: string): string {
  return new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }).format(new Date(iso)) + " UTC";
}
