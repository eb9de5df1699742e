/**
 * The bivalent initial configurations of each protocol for n = 3, as input bits p1 p2 p3, in
 * counting order. A pure fact of each protocol (starts.test.ts checks it against the oracle), kept
 * as a table so that a game's start does not search all eight initial configurations: the first
 * game of a protocol on a fresh server would otherwise stall for about a second.
 */
import type { Bit } from "./model";
import type { FlpProtocolId } from "./terms";

const STARTS: Record<FlpProtocolId, string[]> = {
  "majority-lock": ["001", "010", "011", "100", "101", "110"],
  "wait-n-minus-1": ["011", "101", "110"],
  "wait-all": [],
};

export function bivalentStarts(protocol: FlpProtocolId): Bit[][] {
  return STARTS[protocol].map((bits) => [...bits].map((b) => Number(b) as Bit));
}
