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
  | { kind: "refused"; message: string; ended: boolean };

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
      if (res.error.code === "KICKED" || res.error.code === "UNKNOWN_SESSION") forgetJoinedSession(sessionId);
      if (res.error.code === "KICKED") setState({ kind: "kicked", message: classErrorText(res.error) });
      else if (res.error.code !== "INTERNAL" && res.error.code !== "RATE_LIMITED") setState({ kind: "refused", message: classErrorText(res.error), ended: res.error.code === "SESSION_ENDED" });
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
    const onDisconnect = () => setState((s) => (s.kind === "live" ? { kind: "connecting", view: s.view, receivedAt: s.receivedAt } : s));
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
