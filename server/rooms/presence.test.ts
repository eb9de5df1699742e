/**
 * Presence in a friend game's snapshots: the human seats a seat may see carry `present`, a seat
 * hidden from it carries nothing (its player's comings and goings send it no packet), bots never.
 */
import { describe, expect, it } from "vitest";
import { hashSecret } from "./credentials";
import { consensus } from "../engine/consensus";
import { consensusParamsSchema } from "../engine/consensus/params";
import type { GameSnapshot } from "../protocol/events";
import { ManualClock } from "../testing/manualClock";
import { GameRoom, type SeatSlot } from "./room";

const human = (seat: string): SeatSlot => ({ seat, kind: "human", strategy: null, name: `n-${seat}`, playerId: `p-${seat}`, token: `t-${seat}`, tokenHash: hashSecret(`t-${seat}`) });
const bot = (seat: string): SeatSlot => ({ seat, kind: "bot", strategy: "protocol", name: "protocol", playerId: null, token: null, tokenHash: null });

describe("friend presence", () => {
  it("a process sees its fellow humans' presence, a bot's never, and nothing of a human adversary", async () => {
    const clock = new ManualClock();
    const connected = new Set(["p1", "p2", "adversary"]);
    const published: GameSnapshot[] = [];
    const room = new GameRoom({
      id: "g1",
      code: "ROOM01",
      scenario: consensus,
      params: consensusParamsSchema.parse({ n: 3, adversary: "human" }),
      seed: 3,
      tickMs: 1000,
      seats: [human("p1"), human("p2"), bot("p3"), human("adversary")],
      clock,
      friends: true,
      hooks: { publish: (_g, _s, snap) => published.push(snap), listening: (_g, seat) => connected.has(seat), finished() {} },
    });
    room.start();
    const p1 = () => room.snapshot("p1");
    expect(p1().seats.map((s) => [s.seat, s.present])).toEqual([["p1", true], ["p2", true], ["p3", undefined]]);
    expect(room.snapshot("adversary").seats.find((s) => s.seat === "p2")?.present).toBe(true);

    // The adversary's player leaves and comes back: p1 is sent nothing.
    const before = published.filter((s) => s.seat === "p1").length;
    connected.delete("adversary");
    await room.presenceChanged();
    connected.add("adversary");
    await room.presenceChanged();
    expect(published.filter((s) => s.seat === "p1").length).toBe(before);

    // p2's player leaves: p1 and the adversary hear of it.
    connected.delete("p2");
    await room.presenceChanged();
    expect(published.filter((s) => s.seat === "p1").at(-1)?.seats.find((s) => s.seat === "p2")?.present).toBe(false);
    expect(published.filter((s) => s.seat === "adversary").at(-1)?.seats.find((s) => s.seat === "p2")?.present).toBe(false);
    room.dispose();
  });
});
