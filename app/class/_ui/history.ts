"use client";
/** The host's session history over HTTP (`GET /api/class/<id>/history`, the host key as a bearer token). */
import { useEffect, useState } from "react";
import type { GameMetrics } from "@/server/protocol/classroom";
import type { Skin } from "@/server/protocol/skins";
import type { SessionRow } from "@/server/storage/sessionLeaderboard";

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
  /** 1-based: the game's place among its round's games, in the order they started. */
  group: number;
  seats: HistorySeat[];
  /** What the game adds to the class charts, computed by the server from its stored trace. */
  metrics: GameMetrics;
}

export interface HistoryRound {
  number: number;
  scenario: string;
  params: Record<string, unknown>;
  /** The round's telling (server/protocol/skins.ts), absent for the scenario's own. */
  skin?: Skin;
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

export async function fetchHistory(sessionId: string, hostKey: string): Promise<HistoryState> {
  try {
    const res = await fetch(`/api/class/${encodeURIComponent(sessionId)}/history`, { headers: { Authorization: `Bearer ${hostKey}` }, cache: "no-store" });
    if (res.status === 401 || res.status === 403) return { kind: "error", message: "This browser's host key is not accepted for this session." };
    if (res.status === 404) return { kind: "error", message: "There is no such session (it may have been deleted)." };
    if (!res.ok) return { kind: "error", message: `The server answered ${res.status}.` };
    return { kind: "ok", history: (await res.json()) as SessionHistory };
  } catch {
    return { kind: "error", message: "The server could not be reached." };
  }
}

/** Fetches the history once, every game with its metrics. */
export function useSessionHistory(sessionId: string, hostKey: string | null): HistoryState {
  const [state, setState] = useState<HistoryState>({ kind: "loading" });
  useEffect(() => {
    if (!hostKey) return;
    let live = true;
    void fetchHistory(sessionId, hostKey).then((s) => live && setState(s));
    return () => {
      live = false;
    };
  }, [sessionId, hostKey]);
  return state;
}
