/** Builders for hand-made Two Generals histories in tests. */
import type { General, Messenger } from "./types";

let nextId = 1;

/** A messenger from `from`, sent at `sentAt`, delivered at `arrivedAt` (or lost if null). */
export function messenger(from: General, sentAt: number, arrivedAt: number | null, crossing = 2): Messenger {
  return {
    id: nextId++,
    from,
    to: from === "A" ? "B" : "A",
    kind: from === "A" ? "plan" : "ack",
    acked: 0,
    sentAt,
    arrivesAt: sentAt + crossing,
    fate: arrivedAt === null ? "captured" : "delivered",
    settledAt: arrivedAt ?? sentAt + crossing,
    capturedBy: arrivedAt === null ? "chance" : null,
  };
}
