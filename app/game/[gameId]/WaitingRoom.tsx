"use client";
/** Before a friend has joined: the link and the code to send them. */
import { useEffect, useState } from "react";
import type { GameSnapshot } from "@/server/protocol/events";
import { seatTitle } from "@/app/components/outcome";
import { CopyField } from "@/app/components/CopyField";

export function WaitingRoom({ snapshot }: { snapshot: GameSnapshot }) {
  const [link, setLink] = useState("");
  useEffect(() => setLink(`${window.location.origin}/join/${snapshot.code}`), [snapshot.code]);
  const open = snapshot.seats.filter((s) => s.kind === "human" && !s.name);

  return (
    <div className="mx-auto max-w-xl px-4 py-10 grid gap-5 text-center">
      <h1 className="text-2xl font-bold">Waiting for your friend</h1>
      <p className="text-slate-600">
        You are {seatTitle(snapshot.seat)}. The game starts as soon as {open.map((s) => seatTitle(s.seat)).join(" and ") || "everyone"} joins.
      </p>
      <div className="card grid gap-3">
        <p className="text-sm text-slate-600">Send this link</p>
        <CopyField value={link} label="Link to join" variant="light" />
        <p className="text-sm text-slate-600">or the code</p>
        <p className="text-4xl font-mono font-bold tracking-[0.3em]" data-testid="join-code">{snapshot.code}</p>
      </div>
    </div>
  );
}
