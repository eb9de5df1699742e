"use client";
/**
 * Before tick 0: the scenario's briefing for this seat, and above it what the seat waits for:
 * a friend (the link and the code to send), the countdown, or a class round paused by its host.
 */
import { useEffect, useState } from "react";
import type { GameSnapshot } from "@/server/protocol/events";
import { seatTitle, skinTitle } from "@/app/components/outcome";
import { CopyField } from "@/app/components/CopyField";
import { Countdown } from "@/app/components/Countdown";
import { scenarioUi } from "@/app/_scenarios/registry";

export function WaitingRoom({ snapshot, inClass = false }: { snapshot: GameSnapshot; inClass?: boolean }) {
  const ui = scenarioUi(snapshot.scenario);
  const Briefing = ui?.play.Briefing;
  const briefing = Briefing && snapshot.announced ? <Briefing seat={snapshot.seat} params={snapshot.announced} skin={snapshot.skin} /> : null;

  // The same heading as the game screen's, so the seat reads who it is from the first second.
  const heading = (
    <h1 className="text-xl sm:text-2xl font-bold">
      {skinTitle(snapshot.skin) ?? ui?.title ?? snapshot.scenario} · <span className="text-slate-600">you are {ui?.play.seatTitle?.(snapshot.seat) ?? seatTitle(snapshot.seat, snapshot.skin)}</span>
    </h1>
  );
  return (
    <div className="mx-auto max-w-xl px-4 py-5 sm:py-10 grid gap-4 text-center">
      {snapshot.status === "starting" && snapshot.startsAt !== undefined ? (
        <>
          {heading}
          <Countdown startsAt={snapshot.startsAt} />
        </>
      ) : snapshot.status === "paused" ? (
        <>
          {heading}
          <p className="rounded-lg bg-amber-400 text-slate-950 px-3 py-2 font-semibold" role="status" data-testid="paused-banner">
            Paused by your teacher: the game starts with a countdown when the round resumes.
          </p>
        </>
      ) : inClass ? (
        <>
          {heading}
          <p className="text-slate-600" role="status">Getting your game ready…</p>
        </>
      ) : (
        <Invite snapshot={snapshot} />
      )}
      {briefing}
    </div>
  );
}

function Invite({ snapshot }: { snapshot: GameSnapshot }) {
  const [link, setLink] = useState("");
  useEffect(() => setLink(`${window.location.origin}/join/${snapshot.code}?game=${encodeURIComponent(snapshot.scenario)}`), [snapshot.code, snapshot.scenario]);
  const open = snapshot.seats.filter((s) => s.kind === "human" && !s.name);
  return (
    <>
      <h1 className="text-2xl font-bold">Waiting for your friend</h1>
      <p className="text-slate-600">
        You are {seatTitle(snapshot.seat, snapshot.skin)}. The game starts as soon as {open.map((s) => seatTitle(s.seat, snapshot.skin)).join(" and ") || "everyone"} joins.
      </p>
      <div className="card grid gap-3">
        <p className="text-sm text-slate-600">Send this link</p>
        <CopyField value={link} label="Link to join" variant="light" />
        <p className="text-sm text-slate-600">or the code</p>
        <p className="text-4xl font-mono font-bold tracking-[0.3em]" data-testid="join-code">{snapshot.code}</p>
      </div>
    </>
  );
}
