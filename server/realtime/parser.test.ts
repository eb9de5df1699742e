import { describe, expect, it } from "vitest";
import { Encoder, PacketType } from "socket.io-parser";
import { gameParser, preSerialized } from "./parser";

const stock = new Encoder();
const ours = new gameParser.Encoder();
const snapshot = { gameId: "g1", seat: "A", view: { tick: 3, note: 'quote " and \u2028 and é' }, seats: [{ seat: "B", present: true }], seq: 7 };

describe("gameParser", () => {
  it("writes a pre-serialised payload as the stock encoder writes the payload itself", () => {
    const cases = [
      { type: PacketType.EVENT, nsp: "/", data: ["game:snapshot", snapshot] },
      { type: PacketType.EVENT, nsp: "/class", data: ["game:snapshot", snapshot] },
      { type: PacketType.EVENT, nsp: "/", id: 12, data: ["game:snapshot", snapshot] },
      // connection state recovery appends the packet's offset to its data
      { type: PacketType.EVENT, nsp: "/", data: ["game:snapshot", snapshot, "offset-1"] },
    ];
    for (const packet of cases) {
      const wrapped = { ...packet, data: packet.data.map((d) => (d === snapshot ? preSerialized(snapshot, JSON.stringify(snapshot)) : d)) };
      expect(ours.encode(wrapped)).toEqual(stock.encode(packet));
    }
  });

  it("leaves every other packet to the stock encoder, binary included", () => {
    const packets = [
      { type: PacketType.EVENT, nsp: "/", data: ["game:snapshot", snapshot] },
      { type: PacketType.ACK, nsp: "/", id: 3, data: [{ ok: true, seq: 1 }] },
      { type: PacketType.EVENT, nsp: "/", data: ["blob", Buffer.from([1, 2, 3])] },
    ];
    for (const packet of packets) expect(ours.encode(packet)).toEqual(stock.encode(packet));
  });

  it("serialises as the payload wherever something else stringifies it", () => {
    expect(JSON.stringify({ wrapped: preSerialized(snapshot, JSON.stringify(snapshot)) })).toBe(JSON.stringify({ wrapped: snapshot }));
  });
});
