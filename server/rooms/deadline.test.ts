/**
 * `pass` and the tick deadline (docs/bot-api.md, *Timing*): a pass is checked like a move and
 * changes nothing.
 */
import { describe, expect, it } from "vitest";
import { generals } from "../engine/generals";
import { generalsParamsSchema } from "../engine/generals/params";
import { ManualClock } from "../testing/manualClock";
import { hashSecret } from "./credentials";
import { GameRoom, type SeatSlot } from "./room";

const params = generalsParamsSchema.parse({ captureProbability: 0, crossingTicks: 1, dawnTick: 6 });
const human = (seat: string): SeatSlot => ({ seat, kind: "human", strategy: null, name: seat, playerId: `p-${seat}`, token: `t-${seat}`, tokenHash: hashSecret(`t-${seat}`) });
const house = (seat: string, strategy: string): SeatSlot => ({ seat, kind: "bot", strategy, name: strategy, playerId: null, token: null, tokenHash: null });

function generalsRoom(seats: SeatSlot[], clock = new ManualClock()): GameRoom {
  return new GameRoom({ id: "gdead001", code: "DEAD01", scenario: generals, params, seed: 11, tickMs: 1000, seats, clock, hooks: { publish() {}, finished() {} } });
}

describe("pass", () => {
  it("is answered like a move and changes nothing: no input, no view", async () => {
    const published: string[] = [];
    const room = new GameRoom({
      id: "gpass001",
      code: "PASS01",
      scenario: generals,
      params,
      seed: 3,
      tickMs: 1000,
      seats: [human("A"), house("B", "timid")],
      clock: new ManualClock(),
      hooks: { publish: (_, seat) => void published.push(seat), finished() {} },
    });
    expect(await room.pass("A")).toMatchObject({ ok: false, error: { code: "NOT_STARTED" } });
    room.start();
    const inputs = room.record.inputs.length;
    const sent = published.length;
    const ack = await room.pass("A");
    expect(ack).toEqual({ ok: true, seq: expect.any(Number) });
    expect(room.record.inputs.length).toBe(inputs);
    expect(published.length).toBe(sent);
    // Checked like a move: not a house bot's seat, not a seat a stand-in plays.
    expect(await room.pass("B")).toMatchObject({ ok: false, error: { code: "NOT_YOUR_SEAT" } });
    await room.standIn("A", "timid");
    expect(await room.pass("A")).toMatchObject({ ok: false, error: { code: "STAND_IN_ACTIVE" } });
    room.dispose();
  });

  it("is no input of a finished game's trace", async () => {
    const clock = new ManualClock();
    const room = generalsRoom([human("A"), house("B", "bold")], clock);
    room.start();
    while (clock.running(room.id)) {
      expect((await room.pass("A")).ok).toBe(true);
      await clock.advance(room.id);
    }
    expect(room.record.inputs.some((a) => a.type === "pass" || JSON.stringify(a).includes('"pass"'))).toBe(false);
    expect(await room.pass("A")).toMatchObject({ ok: false, error: { code: "GAME_OVER" } });
  });
});
