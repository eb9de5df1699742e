"use client";
/**
 * After a friend game: *Rematch*. Either player asks; the other sees the request and accepts by
 * asking too (or it lapses). Once both agree the server has made the new game, with the seats
 * swapped: this page keeps the new seat's grant and goes there, where the countdown runs.
 */
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import type { GameSnapshot } from "@/server/protocol/events";
import { seatTitle } from "@/app/components/outcome";
import { saveGrant } from "@/app/lib/identity";
import { msUntil } from "@/app/lib/serverClock";

export function RematchPanel({ snapshot, ask }: { snapshot: GameSnapshot; ask: () => Promise<void> }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const rematch = snapshot.rematch;
  const next = rematch?.status === "ready" ? rematch.next : null;
  useEffect(() => {
    if (!next) return;
    saveGrant(next);
    router.push(`/game/${next.gameId}`);
  }, [next, router]);
  const lapsesAt = rematch?.status === "asked" ? rematch.lapsesAt : null;
  const [left, setLeft] = useState(0);
  useEffect(() => {
    if (lapsesAt === null) return;
    const update = () => setLeft(Math.ceil(msUntil(lapsesAt) / 1000));
    update();
    const id = setInterval(update, 1000);
    return () => clearInterval(id);
  }, [lapsesAt]);
  if (!rematch) return null;

  const others = snapshot.seats.filter((s) => s.kind === "human" && s.seat !== snapshot.seat);
  const otherNames = others.map((s) => s.name ?? seatTitle(s.seat)).join(" and ") || "your friend";
  const iAsked = rematch.status === "asked" && rematch.askedBy.includes(snapshot.seat);
  const theyAsked = rematch.status === "asked" && !iAsked;
  const send = async () => {
    setBusy(true);
    await ask();
    setBusy(false);
  };
  const button = (label: string) => (
    <button type="button" className="btn-primary" onClick={send} disabled={busy} data-testid="rematch-button">
      {label}
    </button>
  );
  return (
    <section className="card flex flex-wrap items-center gap-3" aria-label="Rematch" data-testid="rematch-panel" data-status={rematch.status}>
      <div className="grid gap-0.5 mr-auto">
        <h2 className="font-semibold">Rematch</h2>
        <p className="text-sm text-slate-600" role="status" aria-live="polite">
          {next
            ? "Both agreed: on to the new game…"
            : iAsked
              ? `Waiting for ${otherNames} to accept…`
              : theyAsked
                ? `${otherNames} asks for a rematch. You swap seats; new dice, same settings.`
                : rematch.status === "lapsed"
                  ? "The request lapsed: nobody accepted in time. You can ask again."
                  : `Play ${otherNames} again with the same settings; you swap seats.`}
        </p>
        {iAsked && left > 0 && (
          // Outside the live region: a screen reader is not told every second.
          <p className="text-xs text-slate-600 tabular-nums" aria-hidden="true">
            The request lapses in {left} s.
          </p>
        )}
      </div>
      {!next && !iAsked && button(theyAsked ? "Accept rematch" : "Rematch")}
    </section>
  );
}
