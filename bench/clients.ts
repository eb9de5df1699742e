/**
 * The client side of both round-trip benchmarks, so baseline and ours are driven identically:
 * many socket.io clients over loopback, each sending one ack-ed request per period at a fixed,
 * staggered time (open loop: a slow ack never delays the next send), RTT by performance.now().
 */
import { performance } from "node:perf_hooks";
import { io as connect, type Socket } from "socket.io-client";
import { round, summarize, type Summary } from "./stats";

export type BenchSocket = Socket;

/** Open `n` websocket-only clients, `batch` handshakes at a time. */
export async function connectClients(url: string, n: number, batch = 50): Promise<BenchSocket[]> {
  const sockets: BenchSocket[] = [];
  for (let i = 0; i < n; i += batch) {
    const wave = Array.from({ length: Math.min(batch, n - i) }, () => {
      const socket = connect(url, { transports: ["websocket"], forceNew: true, reconnection: false, timeout: 20_000 });
      sockets.push(socket);
      return new Promise<void>((resolve, reject) => {
        socket.once("connect", () => resolve());
        socket.once("connect_error", reject);
      });
    });
    await Promise.all(wave);
  }
  return sockets;
}

export function closeClients(sockets: BenchSocket[]): void {
  for (const s of sockets) {
    s.removeAllListeners();
    s.disconnect();
  }
}

/** Emit with an ack as a promise (used for setup: create/join). */
export function request<T>(socket: BenchSocket, event: string, payload: unknown, timeoutMs = 10_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${event}: no ack within ${timeoutMs} ms`)), timeoutMs);
    socket.emit(event, payload, (res: T) => {
      clearTimeout(timer);
      resolve(res);
    });
  });
}

export interface LoadOptions {
  periodMs: number;
  warmupMs: number;
  durationMs: number;
  /** How long to wait for late acks after the last send. */
  drainMs?: number;
  /** Called when the recorded window opens (after the warm-up). */
  onRecordStart?: () => void;
  /** Awaited after the drain, while every client is still connected (e.g. to read the server's heap). */
  beforeClose?: () => Promise<void>;
}

export interface Sender {
  socket: BenchSocket;
  event: string;
  /** The payload for this send (may differ per send). */
  payload: () => unknown;
  /** Classify an ack, e.g. "ok" or an error code. */
  classify?: (ack: unknown) => string;
}

export interface LoadResult {
  rtt: Summary;
  /** How late the client's timers fired (ms): if this is large, the client side distorts RTT. */
  sendLag: Summary;
  sent: number;
  acked: number;
  lost: number;
  outcomes: Record<string, number>;
  elapsedMs: number;
}

/**
 * Drive every sender at a fixed rate for warmup + duration; sends that start during the
 * warm-up are not recorded. Resolves when every recorded send is acked or the drain ends.
 */
export function runFixedRate(senders: Sender[], opts: LoadOptions): Promise<LoadResult> {
  const { periodMs, warmupMs, durationMs, drainMs = 3000 } = opts;
  const rtts: number[] = [];
  const lags: number[] = [];
  const outcomes: Record<string, number> = {};
  let sent = 0;
  let acked = 0;
  let outstanding = 0;
  const t0 = performance.now() + 50;
  const recordFrom = t0 + warmupMs;
  const stopAt = recordFrom + durationMs;
  if (opts.onRecordStart) setTimeout(opts.onRecordStart, recordFrom - performance.now());

  return new Promise((resolve) => {
    let timersLive = senders.length;
    const finish = () => {
      const drainEnd = performance.now() + drainMs;
      const poll = () => {
        if (outstanding === 0 || performance.now() > drainEnd) {
          resolve({
            rtt: summarize(rtts),
            sendLag: summarize(lags),
            sent,
            acked,
            lost: sent - acked,
            outcomes,
            elapsedMs: round(performance.now() - t0, 0),
          });
        } else setTimeout(poll, 20);
      };
      poll();
    };

    senders.forEach((sender, i) => {
      // Stagger: client i fires at offset i/n of the period, so load is smooth, not bursty.
      let due = t0 + (i * periodMs) / senders.length;
      const fire = () => {
        const now = performance.now();
        if (due >= stopAt) {
          if (--timersLive === 0) finish();
          return;
        }
        const recorded = due >= recordFrom;
        if (recorded) {
          lags.push(now - due);
          sent++;
          outstanding++;
        }
        const start = performance.now();
        sender.socket.emit(sender.event, sender.payload(), (ack: unknown) => {
          if (!recorded) return;
          rtts.push(performance.now() - start);
          acked++;
          outstanding--;
          const kind = sender.classify ? sender.classify(ack) : "ok";
          outcomes[kind] = (outcomes[kind] ?? 0) + 1;
        });
        due += periodMs;
        setTimeout(fire, Math.max(0, due - performance.now()));
      };
      setTimeout(fire, Math.max(0, due - performance.now()));
    });
  });
}
