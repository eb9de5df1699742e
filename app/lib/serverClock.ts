/**
 * The server's clock as this page sees it. `server:hello` carries the server's time when it was
 * sent; the page keeps the difference from its own clock, so a time the server names (a game's
 * `startsAt`) can be shown as "in 3 s" on a device whose clock is off by minutes.
 */
let offsetMs = 0;

/** Read a greeting's `serverTime`, received at local time `receivedAt` (its trip is ignored: a few ms). */
export function noteServerTime(serverTime: number, receivedAt: number = Date.now()): void {
  if (Number.isFinite(serverTime)) offsetMs = serverTime - receivedAt;
}

/** The server's clock now, epoch ms, as far as this page knows (the local clock before any greeting). */
export function serverNow(localNow: number = Date.now()): number {
  return localNow + offsetMs;
}

/** Milliseconds until the server's time `at`, never below 0. */
export function msUntil(at: number, localNow: number = Date.now()): number {
  return Math.max(0, at - serverNow(localNow));
}

/** For tests: forget the greeting. */
export function resetServerClock(): void {
  offsetMs = 0;
}
