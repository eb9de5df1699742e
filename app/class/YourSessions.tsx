"use client";
/** The sessions this browser hosts (their keys are in its storage), each summed up from its history. */
import Link from "next/link";
import { useEffect, useState } from "react";
import { hostedSessions, type HostedSession } from "@/app/lib/classIdentity";
import { useSessionHistory } from "./_ui/history";
import { formatDate } from "./_ui/words";

export function YourSessions() {
  const [sessions, setSessions] = useState<HostedSession[] | null>(null);
  useEffect(() => setSessions(hostedSessions()), []);
  return (
    <section className="card grid gap-3" aria-label="Your sessions">
      <h2 className="text-xl font-semibold">Your sessions</h2>
      {sessions === null ? (
        <p className="text-sm text-slate-500">Loading…</p>
      ) : sessions.length === 0 ? (
        <p className="text-sm text-slate-500">
          None yet on this browser. Sessions you host appear here, with their rounds, games and a CSV of every result.
        </p>
      ) : (
        <ul className="grid divide-y divide-slate-100">
          {sessions.map((s) => (
            <SessionRow key={s.sessionId} session={s} />
          ))}
        </ul>
      )}
    </section>
  );
}

function SessionRow({ session }: { session: HostedSession }) {
  const history = useSessionHistory(session.sessionId, session.hostKey);
  const h = history.kind === "ok" ? history.history : null;
  const games = h ? h.rounds.reduce((n, r) => n + r.games.length, 0) : null;
  return (
    <li className="py-2.5 flex flex-wrap items-center gap-x-4 gap-y-1">
      <div className="grid min-w-0">
        <span className="font-medium truncate">{h?.session.title || session.title || "Class session"}</span>
        <span className="text-xs text-slate-500">
          {formatDate(h?.session.createdAt ?? session.savedAt)} · code <span className="font-mono">{h?.session.code ?? session.code}</span>
          {h && ` · ${h.rounds.length} ${h.rounds.length === 1 ? "round" : "rounds"} · ${games} ${games === 1 ? "game" : "games"}`}
          {h?.session.endedAt ? " · ended" : h ? " · open" : ""}
          {history.kind === "error" && ` · ${history.message}`}
        </span>
      </div>
      <span className="ml-auto flex gap-3 text-sm">
        {h && !h.session.endedAt && <Link href={`/class/${session.sessionId}/host`} className="underline">Console</Link>}
        <Link href={`/class/${session.sessionId}/history`} className="underline">History</Link>
      </span>
    </li>
  );
}
