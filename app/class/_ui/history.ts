"use client";
/** The host's session history over HTTP (`GET /api/class/<id>/history`, the host key as a bearer token). */
import { useEffect, useState } from "react";
import type { GameMetrics } from "@/server/protocol/classroom";
import type { SessionRow } from "@/server/storage/sessionLeaderboard";
import type { GameSummary } from "@/server/engine/scenario";
import { gameMetrics } from "@/server/classroom/metrics";

export interface HistorySeat {
  seat: string;
  name: string;
  kind: "student" | "bot" | "human" | string;
  score: number | null;
  won: boolean | null;
  depth: number | null;
}

export interface HistoryGame {
  id: string;
  outcome: string;
  finishedAt: string | null;
  /** 1-based; absent from older answers (then the game's place in its round). */
  group?: number;
  seats: HistorySeat[];
  /** Absent from older answers: then read from the game's public trace. */
  metrics?: GameMetrics | null;
}

export interface HistoryRound {
  number: number;
  scenario: string;
  params: Record<string, unknown>;
  startedAt: string | number;
  endedAt: string | number | null;
  games: HistoryGame[];
}

export interface SessionHistory {
  session: { id: string; code: string; title: string; createdAt: string | number; endedAt: string | number | null };
  rounds: HistoryRound[];
  leaderboard?: SessionRow[];
}

export type HistoryState = { kind: "loading" } | { kind: "error"; message: string } | { kind: "ok"; history: SessionHistory };

export async function fetchHistory(sessionId: string, hostKey: string, withMetrics = true): Promise<HistoryState> {
  try {
    const res = await fetch(`/api/class/${encodeURIComponent(sessionId)}/history`, { headers: { Authorization: `Bearer ${hostKey}` }, cache: "no-store" });
    if (res.status === 401 || res.status === 403) return { kind: "error", message: "This browser's host key is not accepted for this session." };
    if (res.status === 404) return { kind: "error", message: "There is no such session (it may have been deleted)." };
    if (!res.ok) return { kind: "error", message: `The server answered ${res.status}.` };
    const history = (await res.json()) as SessionHistory;
    if (withMetrics) await fillMissing(history);
    return { kind: "ok", history };
  } catch {
    return { kind: "error", message: "The server could not be reached." };
  }
}

/** Fetches the history once (with every game's metrics, unless told not to). */
export function useSessionHistory(sessionId: string, hostKey: string | null, withMetrics = true): HistoryState {
  const [state, setState] = useState<HistoryState>({ kind: "loading" });
  useEffect(() => {
    if (!hostKey) return;
    let live = true;
    void fetchHistory(sessionId, hostKey, withMetrics).then((s) => live && setState(s));
    return () => {
      live = false;
    };
  }, [sessionId, hostKey, withMetrics]);
  return state;
}

interface TraceFacts {
  scenario: string;
  outcome: string;
  result: GameSummary["seats"];
  checks?: object;
  events: { type: string }[];
  seats: { seat: string; kind: string; name: string }[];
}

/** Group numbers and metrics the answer lacks: numbered in order, metrics from each game's trace. */
async function fillMissing(history: SessionHistory): Promise<void> {
  const jobs: Promise<void>[] = [];
  for (const round of history.rounds) {
    round.games.forEach((game, i) => {
      game.group ??= i + 1;
      if (game.metrics) return;
      jobs.push(
        fetch(`/api/games/${encodeURIComponent(game.id)}/trace`)
          .then((r) => (r.ok ? (r.json() as Promise<TraceFacts>) : null))
          .then((t) => {
            if (!t) return;
            const strategies = Object.fromEntries(t.seats.filter((s) => s.kind === "bot").map((s) => [s.seat, s.name]));
            game.metrics = gameMetrics(t.scenario, { outcome: t.outcome, seats: t.result, checks: t.checks }, t.events, strategies);
          })
          .catch(() => undefined),
      );
    });
  }
  await Promise.all(jobs);
}
