"use client";
/**
 * The client half of the challenge pages: who you are (nickname, and your public id learned
 * from POST /api/me), the pace, and the Play buttons that emit `challenge:start`.
 */
import Link from "next/link";
import { useRouter } from "next/navigation";
import { createContext, useContext, useEffect, useId, useRef, useState } from "react";
import { deviceToken, savedNickname } from "@/app/lib/identity";
import { DEFAULT_PACE, nightOrigin, savedPace, useChallengeStart } from "@/app/lib/useChallengeStart";
import type { EnterError } from "@/app/lib/useEnterGame";

export const PACES = [
  { ms: 1500, label: "Relaxed (1.5 s a step)" },
  { ms: 1000, label: "Normal (1 s a step)" },
  { ms: 500, label: "Quick (0.5 s a step)" },
  { ms: 100, label: "Blitz (0.1 s a step)" },
] as const;

interface Controls {
  play(challengeId: string, night: number): void;
  busy: boolean;
  me: { id: string; nickname: string } | null;
  nicknameRef: React.RefObject<HTMLInputElement | null>;
  pace: number;
  setPace(ms: number): void;
  error: EnterError | null;
}

const PlayContext = createContext<Controls | null>(null);

/** `playerId`: the id the server rendered the page for (from the cookie), to notice a change. */
export function ChallengePlayProvider({ playerId, children }: { playerId: string | null; children: React.ReactNode }) {
  const router = useRouter();
  const nicknameRef = useRef<HTMLInputElement>(null);
  const [pace, setPace] = useState(DEFAULT_PACE);
  const [me, setMe] = useState<{ id: string; nickname: string } | null>(null);
  const { busy, error, start } = useChallengeStart(nicknameRef);

  useEffect(() => {
    setPace(savedPace());
    const input = nicknameRef.current;
    if (input && !input.value) input.value = savedNickname();
    let cancelled = false;
    void fetch("/api/me", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ deviceToken: deviceToken() }) })
      // A device that has not played yet gets `playerId: null` (docs/protocol.md, POST /api/me).
      .then(async (res) => (res.ok ? ((await res.json()) as { playerId: string; nickname: string } | { playerId: null; nickname: null }) : null))
      .then((found) => {
        if (cancelled || !found || found.playerId === null) return;
        setMe({ id: found.playerId, nickname: found.nickname });
        // The cookie now names this device's player: render the page again with its progress.
        if (found.playerId !== playerId) router.refresh();
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [playerId, router]);

  const play = (challengeId: string, night: number) => void start(challengeId, night, nicknameRef.current?.value ?? savedNickname(), pace);
  return <PlayContext.Provider value={{ play, busy, me, nicknameRef, pace, setPace, error }}>{children}</PlayContext.Provider>;
}

function useControls(): Controls {
  const controls = useContext(PlayContext);
  if (!controls) throw new Error("inside ChallengePlayProvider only");
  return controls;
}

/** Nickname, pace, and a link to your own page once the server knows you. */
export function PlayerPanel() {
  const { nicknameRef, pace, setPace, me, error } = useControls();
  const nicknameId = useId();
  const paceId = useId();
  return (
    <div className="grid gap-3">
      <div className="card grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
        <div className="grid gap-1">
          <label htmlFor={nicknameId} className="text-sm font-medium">Your nickname</label>
          <input
            id={nicknameId}
            ref={nicknameRef}
            defaultValue=""
            maxLength={24}
            autoComplete="nickname"
            placeholder="e.g. Ada"
            aria-invalid={error?.nickname ? true : undefined}
            aria-describedby={error?.nickname ? `${nicknameId}-error` : undefined}
            className={`rounded-lg border px-3 py-2 text-base ${error?.nickname ? "border-rose-600 ring-1 ring-rose-600" : "border-slate-300"}`}
          />
          {error?.nickname && <p id={`${nicknameId}-error`} className="text-sm text-rose-800">{error.message}</p>}
        </div>
        <div className="grid gap-1">
          <label htmlFor={paceId} className="text-sm font-medium">Pace</label>
          <select id={paceId} value={pace} onChange={(e) => setPace(Number(e.target.value))} className="rounded-lg border border-slate-300 px-3 py-2 text-base bg-white">
            {PACES.map((p) => (
              <option key={p.ms} value={p.ms}>{p.label}</option>
            ))}
          </select>
        </div>
        {me ? (
          <Link href={`/players/${me.id}`} className="text-sm font-medium text-amber-700 hover:underline sm:pb-2.5">Your page →</Link>
        ) : (
          <span className="text-xs text-slate-500 sm:pb-2.5">The pace never changes a night&apos;s luck, only your time to think.</span>
        )}
      </div>
    </div>
  );
}

/** One night's Play button, and a refusal of it beside it. */
export function PlayNight({ challengeId, night, label, locked, played }: { challengeId: string; night: number; label: string; locked: boolean; played: boolean }) {
  const { play, busy, error } = useControls();
  const errorId = useId();
  const mine = error?.origin === nightOrigin(challengeId, night) ? error.message : null;
  return (
    <>
      <NightButton challengeId={challengeId} night={night} label={label} locked={locked} played={played} busy={busy} play={play} describedBy={mine ? errorId : undefined} />
      {mine && (
        <p role="alert" id={errorId} className="basis-full rounded-lg bg-rose-50 text-rose-800 ring-1 ring-rose-200 px-3 py-2 text-sm">
          {mine}
        </p>
      )}
    </>
  );
}

function NightButton({ challengeId, night, label, locked, played, busy, play, describedBy }: { challengeId: string; night: number; label: string; locked: boolean; played: boolean; busy: boolean; play: Controls["play"]; describedBy?: string }) {
  return (
    <button
      type="button"
      disabled={busy || locked}
      onClick={() => play(challengeId, night)}
      aria-label={`Play ${label}`}
      aria-describedby={describedBy}
      className={played ? "rounded-lg px-3 py-1.5 text-sm font-semibold ring-1 ring-slate-300 bg-white hover:bg-slate-50 disabled:opacity-40" : "rounded-lg px-3 py-1.5 text-sm font-semibold bg-amber-500 text-slate-950 hover:bg-amber-400 disabled:opacity-40 disabled:cursor-not-allowed"}
    >
      {played ? "Play again" : "Play"}
    </button>
  );
}
