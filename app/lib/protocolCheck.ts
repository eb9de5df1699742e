/**
 * Whether this page speaks the server's protocol. A page left open across a deploy can hold old
 * code: the server refuses its handshake (PROTOCOL_MISMATCH) or greets it with another version
 * (`server:hello`). Either way the page is marked out of date, and a banner asks for a reload.
 */
import { PROTOCOL_VERSION, type ServerHello } from "@/server/protocol/events";

let outdated = false;
const listeners = new Set<() => void>();

/** True once the server said it speaks another protocol version than this page. */
export function isOutdated(): boolean {
  return outdated;
}

/** Be told when the page turns out to be out of date; returns the unsubscribe. */
export function subscribeOutdated(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function markOutdated(): void {
  if (outdated) return;
  outdated = true;
  for (const listener of listeners) listener();
}

/** Read the server's greeting; returns false (and marks the page) when the versions differ. */
export function acceptHello(hello: Partial<ServerHello> | null | undefined, ours: number = PROTOCOL_VERSION): boolean {
  if (hello?.protocolVersion === ours) return true;
  markOutdated();
  return false;
}

/** Read a refused handshake; returns true (and marks the page) when the refusal is a version mismatch. */
export function isMismatchRefusal(err: { message?: string; data?: unknown }): boolean {
  const code = (err.data as { code?: unknown } | undefined)?.code;
  if (code !== "PROTOCOL_MISMATCH" && err.message !== "PROTOCOL_MISMATCH") return false;
  markOutdated();
  return true;
}

/** For tests: back to a page that has heard nothing. */
export function resetProtocolCheck(): void {
  outdated = false;
  listeners.clear();
}
