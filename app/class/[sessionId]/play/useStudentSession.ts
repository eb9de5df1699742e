"use client";
/**
 * A student's live class: rejoins with the token this browser holds on every (re)connection,
 * keeps the latest StudentView, and hands the seat of the current game to the game screen
 * (saved as an ordinary seat grant, so useGame resumes it like any other game).
 */
import { useEffect, useState } from "react";
import type { StudentView } from "@/server/protocol/classroom";
import { forgetJoinedSession, loadJoinedSession } from "@/app/lib/classIdentity";
import { saveGrant } from "@/app/lib/identity";
import { gameSocket, request } from "@/app/lib/socket";
import { classErrorText } from "@/app/class/_ui/words";

export type StudentState =
  | { kind: "loading" }
  | { kind: "no-token" }
  | { kind: "connecting"; view: StudentView | null; receivedAt: number }
  | { kind: "live"; view: StudentView; receivedAt: number }
  | { kind: "kicked"; message: string }
  | { kind: "refused"; message: string; ended: boolean; code: string };

/** Refusals of a rejoin, in a student's words (the join words speak of codes, not of coming back). */
const REJOIN_WORDS: Partial<Record<string, string>> = {
  UNKNOWN_SESSION: "This class is no longer running.",
  BAD_TOKEN: "This device's pass for the class is no longer valid.",
  SESSION_ENDED: "Your teacher has ended this class.",
};

export function useStudentSession(sessionId: string): StudentState {
  const [state, setState] = useState<StudentState>({ kind: "loading" });

  useEffect(() => {
    const held = loadJoinedSession(sessionId);
    if (!held) {
      setState({ kind: "no-token" });
      return;
    }
    const socket = gameSocket();
    let last: { view: StudentView; receivedAt: number } | null = null;
    const rejoin = async () => {
      setState((s) => (s.kind === "kicked" ? s : { kind: "connecting", view: last?.view ?? null, receivedAt: last?.receivedAt ?? Date.now() }));
      const res = await request("class:rejoin", { sessionId, studentToken: held.studentToken });
      if (res.ok) return;
      const code = res.error.code;
      if (code === "INTERNAL" || code === "RATE_LIMITED") return; // the next connection tries again
      if (code === "KICKED" || code === "UNKNOWN_SESSION" || code === "BAD_TOKEN") forgetJoinedSession(sessionId);
      if (code === "KICKED") setState({ kind: "kicked", message: classErrorText(res.error) });
      else setState({ kind: "refused", message: REJOIN_WORDS[code] ?? classErrorText(res.error), ended: code === "SESSION_ENDED" || code === "UNKNOWN_SESSION", code: held.code });
    };
    const onView = (view: StudentView) => {
      if (view.sessionId !== sessionId) return;
      if (view.game) saveGrant({ gameId: view.game.gameId, code: "", seat: view.game.seat, seatToken: view.game.seatToken });
      last = { view, receivedAt: Date.now() };
      setState({ kind: "live", view, receivedAt: last.receivedAt });
    };
    const onKicked = (info: { sessionId: string; message: string }) => {
      if (info.sessionId !== sessionId) return;
      forgetJoinedSession(sessionId);
      setState({ kind: "kicked", message: info.message || "Your teacher removed you from this class." });
    };
    const onDisconnect = (reason: string) => {
      // After a kick the server closes this socket; the page's one socket must live on for
      // whatever the student does next (socket.io does not reconnect by itself after that).
      if (reason === "io server disconnect") socket.connect();
      setState((s) => (s.kind === "live" ? { kind: "connecting", view: s.view, receivedAt: s.receivedAt } : s));
    };
    socket.on("class:student", onView);
    socket.on("class:kicked", onKicked);
    socket.on("connect", rejoin);
    socket.on("disconnect", onDisconnect);
    if (socket.connected) void rejoin();
    return () => {
      socket.off("class:student", onView);
      socket.off("class:kicked", onKicked);
      socket.off("connect", rejoin);
      socket.off("disconnect", onDisconnect);
    };
  }, [sessionId]);

  return state;
}
