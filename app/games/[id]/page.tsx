/**
 * The record of a finished game: replayed from its stored inputs (and checked against its
 * stored events), then told as a story with its space-time diagram. Links to the raw trace.
 */
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { GameStory } from "@/app/components/GameStory";
import { verifyGeneralsTrace } from "@/server/engine/generals/verify";
import { gameIdSchema } from "@/server/protocol/schemas";
import { getPrisma } from "@/server/storage/db";
import { PrismaGameStore } from "@/server/storage/prismaGameStore";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Game record" };

export default async function GameRecordPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!gameIdSchema.safeParse(id).success) notFound();
  const trace = await new PrismaGameStore(getPrisma()).getTrace(id);
  if (!trace || trace.scenario !== "generals") notFound();
  const check = verifyGeneralsTrace(trace);
  const p = trace.params as { captureProbability: number; crossingTicks: number; dawnTick: number; enemy: string };

  return (
    <div className="mx-auto max-w-5xl px-4 py-6 grid gap-5">
      <header className="grid gap-1">
        <p className="text-sm text-slate-500">
          <Link href="/leaderboard" className="underline">Leaderboard</Link> / game {trace.gameId}
        </p>
        <h1 className="text-2xl sm:text-3xl font-bold">Two Generals, {formatWhen(trace.finishedAt)}</h1>
        <p className="text-slate-600 text-sm">
          {p.enemy === "none" ? `Messengers captured with probability ${p.captureProbability}` : `An Enemy (${p.enemy}) in the valley`} · crossing takes{" "}
          {p.crossingTicks} ticks · dawn at tick {p.dawnTick} · seed {trace.seed}
        </p>
      </header>
      {check.ok ? (
        <>
          <GameStory reveal={check.reveal} dawnTick={p.dawnTick} seats={trace.seats} />
          <p className="text-sm text-emerald-800 bg-emerald-50 ring-1 ring-emerald-200 rounded-lg px-3 py-2" data-testid="replay-check">
            Replayed on this page from its seed and its {trace.inputs.length} inputs: the same {trace.events.length} events and the same scores as recorded.
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

function formatWhen(iso: string): string {
  return new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }).format(new Date(iso)) + " UTC";
}
