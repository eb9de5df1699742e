/**
 * socket.io's own packet parser (its `parser` server option), with one addition: a payload the
 * server has already serialised goes out as that text instead of being walked for binary and
 * serialised again. A seat's snapshot is serialised once anyway (to tell whether it changed), so
 * its packet reuses that text. The bytes on the wire are the ones the stock encoder would write.
 */
import { createRequire } from "node:module";
import type * as StockParser from "socket.io-parser";

// The build socket.io itself loads (CommonJS): an ESM import would load the package's debug build, a second copy.
const stock = createRequire(import.meta.url)("socket.io-parser") as typeof StockParser;

/** A payload and its JSON text, exactly `JSON.stringify` of it (see `preSerialized`). */
class PreSerialized {
  constructor(readonly json: string) {}

  /** Any path that serialises it anyway (another adapter) still sends the payload, not this wrapper. */
  toJSON(): unknown {
    return JSON.parse(this.json);
  }
}

/**
 * `value` to emit, carried as its JSON text `json` (which must be `JSON.stringify(value)` and hold
 * no binary). Typed as `T` so typed emits accept it. Only for servers whose adapter hands packets
 * to this parser (the in-memory one): the Redis adapter would ship the wrapper itself to other nodes.
 */
export function preSerialized<T>(_value: T, json: string): T {
  return new PreSerialized(json) as unknown as T;
}

class Encoder extends stock.Encoder {
  override encode(packet: StockParser.Packet): ReturnType<StockParser.Encoder["encode"]> {
    const data: unknown = packet.data;
    if (packet.type !== stock.PacketType.EVENT || !Array.isArray(data) || !data.some((d) => d instanceof PreSerialized)) return super.encode(packet);
    // As encodeAsString writes an EVENT: type, namespace unless "/", ack id, then the data array.
    let head = String(packet.type);
    if (packet.nsp && packet.nsp !== "/") head += `${packet.nsp},`;
    if (packet.id != null) head += packet.id;
    // The other elements (the event name, a recovery offset) are plain values, serialised as usual.
    // Concatenated, not joined: the text is copied once, when the frame is written, not here too.
    let text = `${head}[`;
    data.forEach((d, i) => {
      text += `${i ? "," : ""}${d instanceof PreSerialized ? d.json : (JSON.stringify(d) ?? "null")}`;
    });
    return [`${text}]`];
  }
}

/** The parser to pass as socket.io's `parser` option. */
export const gameParser = { ...stock, Encoder };
