/** The timeline pieces an adversary-network run shares: a line per process, and every logged message with its fate (its ticks are adversary steps). */
import type { Timeline } from "../timeline";

interface Logged {
  id: number;
  from: number;
  to: number;
  sentAt: number;
  deliveredAt: number | null;
}

export const processParties = (count: number, seat: (pid: number) => string): Timeline["parties"] => Array.from({ length: count }, (_, pid) => ({ id: seat(pid), name: seat(pid) }));

/** Delivered, lost (its receiver crashed first) or late (still in flight at `end`). */
export function loggedMessages<M extends Logged>(messages: readonly M[], crashed: readonly number[], end: number, seat: (pid: number) => string, label: (m: M) => string): Timeline["messages"] {
  return messages.map((m) => {
    const lost = m.deliveredAt === null && crashed.includes(m.to);
    return {
      id: m.id,
      from: seat(m.from),
      to: seat(m.to),
      label: label(m),
      acked: 0,
      sentAt: m.sentAt,
      arrivesAt: m.deliveredAt ?? end,
      fate: m.deliveredAt !== null ? "delivered" : lost ? "lost" : "late",
      settledAt: m.deliveredAt ?? end,
      lostBy: lost ? "enemy" : null,
    };
  });
}
