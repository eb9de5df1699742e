/**
 * How much one socket and one address may ask of the server. Every request spends from both
 * budgets; the numbers (RateLimits) are sized so that a whole class behind one school address
 * fits while a flood from that address does not crowd out its quiet players:
 * - a socket may send `perSocketPerSecond` requests a second;
 * - an address may have `perAddressPerSecond` requests a second accepted; past that, only
 *   *quiet* sockets (at most `quietPerSecond` this second: a student sends a few moves a
 *   second at most; connected for `quietAfterMs` already, so a flood of fresh sockets is not
 *   quiet at its start; and not refused within the strike window) still get through, and past
 *   twice that, nobody does;
 * - a socket refused `strikesToDisconnect` times within `strikeWindowSeconds` is told and closed.
 * Past the address budget, quiet requests are counted apart from everyone else's, so a flood that
 * is being refused does not use up what the quiet sockets of that address may still spend.
 */
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";

export interface RateLimits {
  /** Requests of any kind per socket per second. */
  perSocketPerSecond: number;
  /** Accepted requests per address per second before noisy sockets of that address are refused. */
  perAddressPerSecond: number;
  /** A socket that has sent at most this many requests in the current second is quiet. */
  quietPerSecond: number;
  /** A socket is quiet only once it has been connected this long (players were there before a flood). */
  quietAfterMs: number;
  /** Refusals within the strike window after which the socket is disconnected. */
  strikesToDisconnect: number;
  strikeWindowSeconds: number;
  /** Sockets open at once from one address. */
  socketsPerAddress: number;
  /** Failed join attempts per address per minute (join codes must not be guessable). */
  joinsPerMinute: number;
  /** Games created (and class sessions hosted, challenge nights started) per address per minute. */
  createsPerMinute: number;
  /**
   * Proxies of our own in front of the server (`TRUSTED_PROXIES`): an address is then read from
   * X-Forwarded-For (clientAddress.ts). 0: the socket's own address.
   */
  trustedProxies?: number;
}

/**
 * A class of 40 sending 4 moves a second each is 160 requests a second, well under 400; a lecture
 * hall of 300 behind one address is quiet socket by socket, so it is refused only past 800 a
 * second (all of them joining and resuming within the same second is 600).
 */
export const DEFAULT_RATE_LIMITS: RateLimits = {
  perSocketPerSecond: 20,
  perAddressPerSecond: 400,
  quietPerSecond: 5,
  quietAfterMs: 2_000,
  strikesToDisconnect: 20,
  strikeWindowSeconds: 10,
  socketsPerAddress: 400,
  joinsPerMinute: 30,
  createsPerMinute: 30,
};

/** What to do with one request. */
export type Verdict = "ok" | "refused" | "disconnect";

export class RequestBudget {
  private readonly perSocket: RateLimiterMemory;
  private readonly perAddress: RateLimiterMemory;
  /** Quiet requests let through past the address budget, counted apart so a flood cannot use them up. */
  private readonly quietExtra: RateLimiterMemory;
  private readonly strikes: RateLimiterMemory;
  private readonly sockets = new Map<string, number>();

  constructor(private readonly limits: RateLimits) {
    this.perSocket = new RateLimiterMemory({ points: limits.perSocketPerSecond, duration: 1 });
    this.perAddress = new RateLimiterMemory({ points: limits.perAddressPerSecond, duration: 1 });
    this.quietExtra = new RateLimiterMemory({ points: limits.perAddressPerSecond, duration: 1 });
    this.strikes = new RateLimiterMemory({ points: limits.strikesToDisconnect, duration: limits.strikeWindowSeconds });
  }

  /** Spend one request of this socket (connected at `connectedAt`, ms since the epoch) from this address. */
  async admit(socketId: string, address: string, connectedAt: number, now = Date.now()): Promise<Verdict> {
    const mine = await spend(this.perSocket, socketId);
    if (mine > this.limits.perSocketPerSecond) return this.refuse(socketId);
    const before = (await this.perAddress.get(address))?.consumedPoints ?? 0;
    if (before < this.limits.perAddressPerSecond) {
      const used = await spend(this.perAddress, address);
      if (used <= this.limits.perAddressPerSecond) return "ok";
    }
    // Past the address budget only quiet requests pass, and they are counted apart: the requests
    // of a flood in flight never touch that count, so they cannot shut out the quiet ones.
    // A socket refused lately is not quiet, however few requests it sent this second: a flood
    // of many sockets, each under the quiet rate, loses that allowance at its first refusal.
    // (Asked only here: a request within the address budget does not pay for the look-up.)
    const settled = now - connectedAt >= this.limits.quietAfterMs;
    const quiet = settled && mine <= this.limits.quietPerSecond && !(await this.strikes.get(socketId));
    if (quiet && (await spend(this.quietExtra, address)) <= this.limits.perAddressPerSecond) return "ok";
    return this.refuse(socketId);
  }

  /** Count a refusal against the socket (also for refusals of the join and create limits). */
  async refuse(socketId: string): Promise<Exclude<Verdict, "ok">> {
    const strikes = await spend(this.strikes, socketId);
    return strikes >= this.limits.strikesToDisconnect ? "disconnect" : "refused";
  }

  /** Take a connection slot for the address; false if it has none left. */
  openSocket(address: string): boolean {
    const open = this.sockets.get(address) ?? 0;
    if (open >= this.limits.socketsPerAddress) return false;
    this.sockets.set(address, open + 1);
    return true;
  }

  closeSocket(address: string): void {
    const open = (this.sockets.get(address) ?? 1) - 1;
    if (open > 0) this.sockets.set(address, open);
    else this.sockets.delete(address);
  }
}

/** Spend a point and return how many the key has spent in the current window (over the limit too). */
async function spend(limiter: RateLimiterMemory, key: string): Promise<number> {
  try {
    return (await limiter.consume(key)).consumedPoints;
  } catch (res) {
    if (res instanceof RateLimiterRes) return res.consumedPoints;
    throw res;
  }
}
