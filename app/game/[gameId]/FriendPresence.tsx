"use client";
/**
 * A friend game's presence: a dot per human seat (connected or away), and a sign with a polite
 * announcement when the other player leaves or comes back. Only friend games' snapshots carry
 * `present`, so this shows nothing anywhere else, and nothing about bots.
 */
import { useEffect, useRef, useState } from "react";
import type { SeatInfo } from "@/server/protocol/events";
import { seatTitle } from "@/app/components/outcome";

/** The dot before a human seat's name in the seat list; nothing for a seat without presence. */
export function PresenceDot({ seat }: { seat: SeatInfo }) {
  if (seat.present === undefined) return null;
  return (
    <>
      <span
        className={`inline-block w-2 h-2 rounded-full mr-1 align-middle ${seat.present ? "bg-emerald-500" : "bg-white ring-2 ring-slate-400"}`}
        aria-hidden="true"
        data-testid={`presence-${seat.seat}`}
        data-present={seat.present ? "yes" : "no"}
      />
      <span className="sr-only">{seat.present ? "(connected) " : "(away) "}</span>
    </>
  );
}

/** "Bo left the game" / "Bo is back", for the other human seats' changes since the page opened. */
export function PresenceSign({ seats, mine }: { seats: SeatInfo[]; mine: string }) {
  const last = useRef<Map<string, boolean> | null>(null);
  const [sign, setSign] = useState<{ text: string; away: boolean } | null>(null);
  useEffect(() => {
    const now = new Map(seats.filter((s) => s.present !== undefined && s.seat !== mine).map((s) => [s.seat, s.present === true]));
    const before = last.current;
    last.current = now;
    if (!before) {
      const away = seats.find((s) => s.seat !== mine && s.present === false && s.name);
      if (away) setSign({ text: `${away.name} (${seatTitle(away.seat)}) is not connected.`, away: true });
      return;
    }
    for (const [seat, present] of now) {
      if (before.get(seat) === present) continue;
      const s = seats.find((x) => x.seat === seat);
      const who = `${s?.name ?? "The other player"} (${seatTitle(seat)})`;
      setSign(present ? { text: `${who} is back.`, away: false } : { text: `${who} left the game.`, away: true });
    }
  }, [seats, mine]);
  return (
    <p
      role="status"
      aria-live="polite"
      data-testid="presence-sign"
      className={sign ? `rounded-lg px-3 py-2 text-sm font-semibold ${sign.away ? "bg-amber-100 text-amber-950 ring-1 ring-amber-300" : "bg-emerald-50 text-emerald-900 ring-1 ring-emerald-200"}` : "sr-only"}
    >
      {sign?.text ?? ""}
    </p>
  );
}
