/**
 * The replay of a finished game, for every scenario: replayed on the server from its stored
 * seed and inputs (and checked against the stored events), then scrubbed through in the
 * browser. /games/<id>?t=<tick> opens it at a moment. Links to the raw trace.
 */
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FateTable, OutcomeCards } from "@/app/components/GameStory";
import { InPractice } from "@/app/components/InPractice";
import { PracticeBadge } from "@/app/components/PracticeBadge";
import { LastMessageDebrief } from "@/app/components/LastMessageDebrief";
import { DETECTOR_NAMES, type ConsensusParams } from "@/server/engine/consensus/params";
import { verifyTrace } from "@/server/engine/verify";
import { gameIdSchema } from "@/server/protocol/schemas";
import { getPrisma } from "@/server/storage/db";
import { PrismaGameStore } from "@/server/storage/prismaGameStore";
import { RunReport } from "@/app/_scenarios/consensus/RunReport";
import { consensusRecord } from "./consensusRecord";
import { ReplayViewer } from "./ReplayViewer";
import { ChallengeNightNote } from "./ChallengeNightNote";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Replay" };

const TITLES: Record<string, string> = { generals: "Two Generals", lovers: "Two Insecure Lovers", consensus: "Consensus" };

export default async function ReplayPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ t?: string }> }) {
  const { id } = await params;
  const { t } = await searchParams;
  if (!gameIdSchema.safeParse(id).success) notFound();
  const trace = await new PrismaGameStore(getPrisma()).getTrace(id);
  if (!trace) notFound();
  const check = verifyTrace(trace);
  // Consensus has no two-party debrief: its story is the checker's verdict on the run.
  const run = trace.scenario === "consensus" && check.ok ? consensusRecord(trace) : null;

  return (
    <div className="mx-auto max-w-5xl px-3 sm:px-4 py-6 grid gap-5">
      <header className="grid gap-1">
        <p className="text-sm text-slate-500">
          <Link href={`/leaderboard?scenario=${trace.scenario}`} className="underline">Leaderboard</Link> / game {trace.gameId}
        </p>
        <h1 className="text-2xl sm:text-3xl font-bold">
          {TITLES[trace.scenario] ?? trace.scenario}, {formatWhen(trace.finishedAt)}
        </h1>
        <p className="text-slate-600 text-sm">{describeParams(trace.scenario, trace.params)} · seed {trace.seed}</p>
        {trace.practice && (
          <p>
            <PracticeBadge seed={trace.seed} />
          </p>
        )}
      </header>
      <ChallengeNightNote trace={trace} verified={check.ok} />
      {check.ok && run ? (
        <>
          <RunReport gameId={trace.gameId} reveal={run.reveal} seats={trace.seats} detector={run.params.detector} endTick={check.timeline.endTick} links={false} />
          <ReplayViewer timeline={check.timeline} initialTick={t === undefined ? check.timeline.endTick : Number(t)} />
          <details className="card">
            <summary className="cursor-pointer font-semibold">Every message ({check.timeline.messages.length})</summary>
            <div className="mt-2 overflow-x-auto">
              <FateTable timeline={check.timeline} />
            </div>
          </details>
          <p className="text-sm text-emerald-800 bg-emerald-50 ring-1 ring-emerald-200 rounded-lg px-3 py-2" data-testid="replay-check">
            Replayed on the server from its seed and its {trace.inputs.length} inputs: the same {trace.events.length} events and the same scores as recorded.
            The verdict above was checked from those events alone.
          </p>
        </>
      ) : check.ok ? (
        <>
          <OutcomeCards timeline={check.timeline} seats={trace.seats} />
          <ReplayViewer timeline={check.timeline} initialTick={t === undefined ? check.timeline.endTick : Number(t)} />
          <FateTable timeline={check.timeline} />
          <LastMessageDebrief timeline={check.timeline} />
          <InPractice />
          <p className="text-sm text-emerald-800 bg-emerald-50 ring-1 ring-emerald-200 rounded-lg px-3 py-2" data-testid="replay-check">
            Replayed on the server from its seed and its {trace.inputs.length} inputs: the same {trace.events.length} events and the same scores as recorded.
          </p>
        </>
      ) : (
        <p role="alert" className="text-rose-800 bg-rose-50 ring-1 ring-rose-200 rounded-lg px-3 py-2">
          This record does not replay as stored: {check.problem}
        </p>
      )}
      <p className="text-sm">
        <a href={`/api/games/${trace.gameId}/trace`} className="underline">The full trace as JSON</a> (format: docs/trace-format.md).
      </p>
    </div>
  );
}

function describeParams(scenario: string, params: Record<string, unknown>): string {
  if (scenario === "consensus") {
    const p = params as ConsensusParams;
    const adversary = p.adversary === "none" ? "no adversary" : p.adversary === "bot" ? "a bot adversary" : "a human adversary";
    return `${p.n} processes · ${DETECTOR_NAMES[p.detector]} detector · GST at tick ${p.gst} · Δ = ${p.maxDelay} · f = ${p.f} · ${adversary}${p.sandbox ? " · sandbox" : ""} · limit tick ${p.maxTicks}`;
  }
  if (scenario === "lovers") {
    const p = params as { lossProbability: number; luckyNight: boolean };
    return `Told: ${Math.round(p.lossProbability * 100)}% of SMS may be lost${p.luckyNight ? " (it was a lucky night: nothing could be)" : ""}`;
  }
  const p = params as { captureProbability: number; crossingTicks: number; dawnTick: number; enemy: string };
  const valley = p.enemy === "none" ? `messengers captured with probability ${p.captureProbability}` : `an Enemy (${p.enemy}) in the valley`;
  return `${valley} · crossing takes ${p.crossingTicks} ticks · dawn at tick ${p.dawnTick}`;
}

function formatWhen(iso: string): string {
  return new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }).format(new Date(iso)) + " UTC";
}
