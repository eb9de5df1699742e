"use client";
/**
 * The host's live session: finds the host key (the link's fragment, else this browser's
 * storage), watches the session on every (re)connection, keeps the latest HostView and sends
 * the host's commands. A reload keeps control: the key stays in storage.
 */
import { useCallback, useEffect, useState } from "react";
import type { HostView, StartRoundPayload } from "@/server/protocol/classroom";
import type { Ack } from "@/server/protocol/events";
import { loadHostedSession, saveHostedSession, takeKeyFromFragment } from "@/app/lib/classIdentity";
import { gameSocket, request } from "@/app/lib/socket";
import { classErrorText } from "@/app/class/_ui/words";

export type HostState =
  | { kind: "loading" }
  | { kind: "no-key" }
  | { kind: "refused"; message: string }
  | { kind: "connecting" | "live"; view: HostView | null; receivedAt: number };

type Auth = { sessionId: string; hostKey: string };
export type StartRound = Omit<StartRoundPayload, keyof Auth>;

export interface HostHandle {
  state: HostState;
  hostKey: string | null;
  /** The last refusal of a command, in words. */
  error: string | null;
  busy: boolean;
  clearError(): void;
  setLateJoin(allow: boolean): Promise<boolean>;
  kick(studentId: string): Promise<boolean>;
  startRound(round: StartRound): Promise<boolean>;
  pause(): Promise<boolean>;
  resume(): Promise<boolean>;
  endRound(): Promise<boolean>;
  endSession(): Promise<boolean>;
  /** The presenter debrief: start it on the ended round (the chosen game's id, or null if refused). */
  startPresenter(): Promise<string | null>;
  stepPresenter(to: number | "next" | "previous"): Promise<boolean>;
  askPresenter(): Promise<boolean>;
  revealPresenter(): Promise<boolean>;
  closePresenter(): Promise<boolean>;
}

export function useHostSession(sessionId: string): HostHandle {
  const [state, setState] = useState<HostState>({ kind: "loading" });
  const [hostKey, setHostKey] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const fromLink = takeKeyFromFragment();
    const saved = loadHostedSession(sessionId);
    const key = fromLink ?? saved?.hostKey ?? null;
    if (!key) {
      setState({ kind: "no-key" });
      return;
    }
    if (fromLink) saveHostedSession({ sessionId, hostKey: fromLink, code: saved?.code ?? "", title: saved?.title ?? "" });
    setHostKey(key);
    const socket = gameSocket();
    const watch = async () => {
      setState((s) => (s.kind === "live" || s.kind === "connecting" ? { ...s, kind: "connecting" } : { kind: "connecting", view: null, receivedAt: Date.now() }));
      const res = await request("class:watch", { sessionId, hostKey: key });
      if (res.ok) return;
      if (res.error.code === "UNKNOWN_SESSION") setState({ kind: "refused", message: "This session is no longer live (it ended, or the server restarted)." });
      else if (res.error.code === "BAD_HOST_KEY") setState({ kind: "refused", message: classErrorText(res.error) });
      else setError(classErrorText(res.error));
    };
    const onView = (view: HostView) => {
      if (view.sessionId !== sessionId) return;
      setState({ kind: "live", view, receivedAt: Date.now() });
      if (view.code) saveHostedSession({ sessionId, hostKey: key, code: view.code, title: view.title });
    };
    const onDisconnect = () => setState((s) => (s.kind === "live" ? { ...s, kind: "connecting" } : s));
    socket.on("class:dashboard", onView);
    socket.on("connect", watch);
    socket.on("disconnect", onDisconnect);
    if (socket.connected) void watch();
    return () => {
      socket.off("class:dashboard", onView);
      socket.off("connect", watch);
      socket.off("disconnect", onDisconnect);
    };
  }, [sessionId]);

  const send = useCallback(
    async (run: (auth: Auth) => Promise<Ack<object>>): Promise<boolean> => {
      if (!hostKey) return false;
      setBusy(true);
      setError(null);
      const res = await run({ sessionId, hostKey });
      setBusy(false);
      if (!res.ok) setError(classErrorText(res.error));
      return res.ok;
    },
    [sessionId, hostKey],
  );

  return {
    state,
    hostKey,
    error,
    busy,
    clearError: () => setError(null),
    setLateJoin: (allow) => send((auth) => request("class:settings", { ...auth, allowLateJoin: allow })),
    kick: (studentId) => send((auth) => request("class:kick", { ...auth, studentId })),
    startRound: (round) => send((auth) => request("class:round:start", { ...auth, ...round })),
    pause: () => send((auth) => request("class:round:pause", auth)),
    resume: () => send((auth) => request("class:round:resume", auth)),
    endRound: () => send((auth) => request("class:round:end", auth)),
    endSession: () => send((auth) => request("class:end", auth)),
    async startPresenter() {
      let gameId: string | null = null;
      await send(async (auth) => {
        const res = await request("class:presenter:start", auth);
        if (res.ok) gameId = res.gameId;
        return res;
      });
      return gameId;
    },
    stepPresenter: (to) => send((auth) => request("class:presenter:step", { ...auth, to })),
    askPresenter: () => send((auth) => request("class:presenter:ask", auth)),
    revealPresenter: () => send((auth) => request("class:presenter:reveal", auth)),
    closePresenter: () => send((auth) => request("class:presenter:close", auth)),
  };
}
