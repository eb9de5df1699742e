/**
 * A Bot API bot's seat: held by token like a person's, but its bot's (no playerId), and a bot's in
 * everything the room publishes: the journal header keeps the bot, the stored game marks it.
 */
import { describe, expect, it } from "vitest";
import { generals } from "../engine/generals";
import { generalsParamsSchema } from "../engine/generals/params";
import { ManualClock } from "../testing/manualClock";
import { headerOf } from "./liveHeader";
import { GameRoom, type SeatSlot } from "./room";
import { finishedGameOf } from "./trace";

const open = (seat: string): SeatSlot => ({ seat, kind: "human", strategy: null, name: null, playerId: null, token: null, tokenHash: null });
const bot = (seat: string, strategy: string): SeatSlot => ({ seat, kind: "bot", strategy, name: strategy, playerId: null, token: null, tokenHash: null });

describe("a seat held by a Bot API bot", () => {
  it("is claimed by the bot's id, published and stored as the bot's, and kept by the journal", async () => {
    const clock = new ManualClock();
    const params = generalsParamsSchema.parse({ captureProbability: 0, crossingTicks: 1, dawnTick: 4 });
    const room = new GameRoom({ id: "gbot0001", code: "BOTS01", scenario: generals, params, seed: 7, tickMs: 1000, seats: [open("A"), bot("B", "bold")], clock, hooks: { publish() {}, finished() {} } });
    const slot = room.claimSeat({ id: "bot-1", nickname: "Chainbot", bot: true }, "A");
    expect(slot).toEqual(expect.objectContaining({ seat: "A", kind: "human", playerId: null, botId: "bot-1", name: "Chainbot" }));
    // The same bot asking again gets its seat back; a player with the bot's id is someone else.
    expect(room.claimSeat({ id: "bot-1", nickname: "Chainbot", bot: true })).toBe(slot);
    expect(room.claimSeat({ id: "bot-1", nickname: "Impostor" })).toBeNull();
    expect(headerOf(room).seats[0]).toEqual(expect.objectContaining({ seat: "A", kind: "human", botId: "bot-1", playerId: null }));

    room.start();
    expect(room.authenticate(slot?.token as string)).toBe(slot);
    const attack = { type: "commit", decision: "attack" };
    expect((await room.submit("A", attack)).ok).toBe(true);
    for (let i = 0; i < 100 && clock.running(room.id); i++) await clock.advance(room.id);
    expect(room.status).toBe("finished");

    const game = finishedGameOf(room);
    // It moved at tick 0 only: the deadline's stand-in played ticks 1 to 3, counted on its seat.
    expect(game.trace.seats[0]).toEqual({ seat: "A", kind: "bot", name: "Chainbot", playerId: null, botId: "bot-1", timeouts: 3, refused: 0 });
    expect(game.seats[0]).toEqual(expect.objectContaining({ seat: "A", kind: "bot", playerId: null, botId: "bot-1", strategy: null }));
    expect(game.seats[1]).not.toHaveProperty("botId");
  });
});
