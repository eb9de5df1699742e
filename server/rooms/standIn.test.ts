/** A seat a stand-in bot plays refuses its player's moves with its own code until the player is back. */
import { describe, expect, it } from "vitest";
import { hashSecret } from "./credentials";
import { SCENARIOS } from "../engine/scenarios";
import { ManualClock } from "../testing/manualClock";
import { GameRoom, type SeatSlot } from "./room";

const clock = new ManualClock();

function twoGenerals(): GameRoom {
  const scenario = SCENARIOS.generals;
  const params = scenario.paramsSchema.parse({});
  const seats: SeatSlot[] = scenario.seats(params).map((seat: string) =>
    seat === "A" || seat === "B"
      ? { seat, kind: "human", strategy: null, name: seat, playerId: seat, token: `token-${seat}`, tokenHash: hashSecret(`token-${seat}`) }
      : { seat, kind: "bot", strategy: "random", name: "random", playerId: null, token: null, tokenHash: null },
  );
  return new GameRoom({ id: "g", code: "STANDN", scenario, params, seed: 7, tickMs: 1000, seats, clock, hooks: { publish() {}, finished() {} } });
}

describe("a stand-in bot's seat", () => {
  it("refuses the absent player's move with STAND_IN_ACTIVE, and takes it once the player is back", async () => {
    const room = twoGenerals();
    room.start();
    const move = { type: "send", kind: "plan" };
    await room.standIn("A", "timid");
    const refused = await room.submit("A", move);
    expect(refused.ok ? null : refused.error.code).toBe("STAND_IN_ACTIVE");
    // The other human's seat is not affected (B may not send the plan: the engine says why).
    const other = await room.submit("B", move);
    expect(other.ok ? "accepted" : other.error.code).toBe("NOT_ALLOWED");
    await room.standIn("A", null);
    // The stand-in may have sent a messenger this tick (one per tick): the player moves on the next.
    await clock.advance(room.id);
    expect(await room.submit("A", move)).toMatchObject({ ok: true });
    room.dispose();
  });
});
