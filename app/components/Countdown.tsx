"use client";
/**
 * The 3-2-1 before a game's tick 0. The server owns it: `startsAt` is its time (a snapshot's
 * `startsAt`), converted with the offset `server:hello` gave (app/lib/serverClock.ts). The
 * number is big and drawn once per second; screen readers hear each second in a polite live region.
 */
import { useEffect, useState } from "react";
import { msUntil } from "@/app/lib/serverClock";

export function Countdown({ startsAt }: { startsAt: number }) {
  const [left, setLeft] = useState(() => msUntil(startsAt));
  useEffect(() => {
    const update = () => setLeft(msUntil(startsAt));
    update();
    const id = setInterval(update, 100);
    return () => clearInterval(id);
  }, [startsAt]);
  const seconds = Math.ceil(left / 1000);
  const spoken = seconds > 0 ? `The game starts in ${seconds}` : "Go!";
  return (
    <section className="rounded-2xl bg-slate-900 text-white px-4 py-5 grid justify-items-center gap-1 shadow-lg" data-testid="countdown" data-seconds={seconds} aria-label="Countdown">
      <p className="text-sm font-semibold uppercase tracking-widest text-amber-300">Get ready</p>
      <p key={seconds} className="text-8xl sm:text-9xl font-black tabular-nums leading-none countdown-pop" aria-hidden="true">
        {seconds > 0 ? seconds : "Go"}
      </p>
      <p className="sr-only" role="status" aria-live="polite" aria-atomic="true">
        {spoken}
      </p>
      <p className="text-sm text-slate-300" aria-hidden="true">
        {seconds > 0 ? "The game starts when the count reaches zero." : "Starting…"}
      </p>
    </section>
  );
}
