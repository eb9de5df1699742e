"use client";
/**
 * A session's history for its host: every round with its parameters, its games (outcomes,
 * players, replays) and its debrief charts, and the CSV of it all. Read with the host key this
 * browser holds.
 */
import Link from "next/link";
import { useEffect, useState } from "react";
import { loadHostedSession, takeKeyFromFragment, saveHostedSession } from "@/app/lib/classIdentity";
import { ClassLeaderboard } from "@/app/class/_ui/ClassLeaderboard";
import { CsvButton } from "@/app/class/_ui/CsvButton";
import { RoundDebrief } from "@/app/class/_ui/RoundDebrief";
import { useSessionHistory, type HistoryRound } from "@/app/class/_ui/history";
import { formatDate, formatDuration, scenarioTitle } from "@/app/class/_ui/words";
import { Notice } from "@/app/class/_ui/Notice";

export function HistoryView({ sessionId }: { sessionId: string }) {
  const [hostKey, setHostKey] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    const fromLink = takeKeyFromFragment();
    const saved = loadHostedSession(sessionId);
    if (fromLink) saveHostedSession({ sessionId, hostKey: fromLink, code: saved?.code ?? "", title: saved?.title ?? "" });
    setHostKey(fromLink ?? saved?.hostKey ?? null);
  }, [sessionId]);
  const history = useSessionHistory(sessionId, hostKey ?? null);

  if (hostKey === undefined) return <Notice title="Opening the history…" />;
  if (hostKey === null) {
    return (
      <Notice title="Only the host can see this history">
        This browser doesn&apos;t hold the host key of this session. Open its host link here first.
      </Notice>
    );
  }
  if (history.kind === "loading") return <Notice title="Opening the history…" />;
  if (history.kind === "error") return <Notice title="Can't read this history">{history.message}</Notice>;
  const { session, rounds, leaderboard } = history.history;
  const games = rounds.reduce((n, r) => n + r.games.length, 0);
  return (
    <div className="mx-auto max-w-6xl px-3 sm:px-4 py-6 grid gap-6" data-testid="class-history">
      <header className="flex flex-wrap items-end gap-x-6 gap-y-3">
        <div className="grid gap-1">
          <p className="text-sm text-slate-500">
            <Link href="/class" className="underline">Your sessions</Link> / {session.code}
          </p>
          <h1 className="text-3xl font-bold tracking-tight">{session.title}</h1>
          <p className="text-slate-600">
            {formatDate(session.createdAt)}
            {session.endedAt ? ` – ended ${formatDate(session.endedAt)}` : " · still open"} · {rounds.length} {rounds.length === 1 ? "round" : "rounds"} · {games}{" "}
            {games === 1 ? "game" : "games"}
          </p>
        </div>
        <div className="ml-auto flex gap-2">
          {!session.endedAt && <Link href={`/class/${sessionId}/host`} className="btn-secondary">Host console</Link>}
          <CsvButton sessionId={sessionId} hostKey={hostKey} code={session.code} className="btn-primary" />
        </div>
      </header>
      {rounds.length === 0 && <p className="card text-slate-600">No round has been played in this session yet.</p>}
      {leaderboard && <ClassLeaderboard rows={leaderboard} />}
      {rounds.length > 1 && (
        <nav className="flex flex-wrap gap-2 text-sm" aria-label="Rounds">
          {rounds.map((r) => (
            <a key={r.number} href={`#round-${r.number}`} className="rounded-full bg-white ring-1 ring-slate-300 px-3 py-1 hover:bg-slate-100">
              Round {r.number}: {scenarioTitle(r.scenario)}
            </a>
          ))}
        </nav>
      )}
      {rounds.map((r) => (
        <RoundSection key={r.number} round={r} />
      ))}
    </div>
  );
}

function RoundSection({ round: r }: { round: HistoryRound }) {
  const started = new Date(r.startedAt).getTime();
  const ended = r.endedAt === null ? null : new Date(r.endedAt).getTime();
  return (
    <section id={`round-${r.number}`} className="grid gap-2 scroll-mt-4 border-t border-slate-200 pt-6">
      <p className="text-sm text-slate-600">
        Started {formatDate(r.startedAt)}
        {ended !== null && ` · lasted ${formatDuration(ended - started)}`} · {describeParams(r.params)}
      </p>
      <RoundDebrief
        number={r.number}
        scenario={r.scenario}
        skin={r.skin}
        games={r.games.map((g) => ({ gameId: g.id, group: g.group, seats: g.seats.map((s) => ({ seat: s.seat, name: s.name, kind: s.kind })), metrics: g.metrics }))}
      />
    </section>
  );
}

function describeParams(params: Record<string, unknown>): string {
  return Object.entries(params)
    .filter(([, v]) => v !== null && typeof v !== "object")
    .map(([k, v]) => `${k} ${typeof v === "number" && v > 0 && v < 1 ? `${Math.round(v * 100)}%` : String(v)}`)
    .join(" · ");
}
