/**
 * Integration-test harness: a real server on an ephemeral port with its own migrated
 * database, and socket.io clients that record every packet they receive.
 */
import { randomBytes } from "node:crypto";
import { io as connect, type Socket } from "socket.io-client";
import { startServer, type RunningServer, type ServerOptions } from "../app";
import type { Ack, ClientToServerEvents, GameSnapshot, ServerToClientEvents } from "../protocol/events";
import { createTestDatabase, type TestDatabase } from "../storage/testDatabase";

export const NO_LIMITS = { perSocketPerSecond: 1_000_000, joinsPerMinute: 1_000_000, createsPerMinute: 1_000_000 };

export interface TestServer {
  server: RunningServer;
  db: TestDatabase;
  stop(): Promise<void>;
}

export async function startTestServer(options: Partial<ServerOptions> = {}, db?: TestDatabase): Promise<TestServer> {
  db ??= await createTestDatabase();
  const server = await startServer({ port: 0, host: "127.0.0.1", ui: false, databaseUrl: db.url, rateLimits: NO_LIMITS, ...options });
  return {
    server,
    db,
    async stop() {
      await server.close();
    },
  };
}

export interface Packet {
  event: string;
  data: unknown;
}

export const newDeviceToken = () => randomBytes(24).toString("base64url");

/** A client that keeps every event and every ack it receives, in order. */
export class TestClient {
  readonly socket: Socket<ServerToClientEvents, ClientToServerEvents>;
  readonly packets: Packet[] = [];
  readonly player: { nickname: string; deviceToken: string };
  private waiters: { test: (p: Packet) => boolean; resolve: (p: Packet) => void }[] = [];

  constructor(url: string, nickname = "tester") {
    this.player = { nickname, deviceToken: newDeviceToken() };
    this.socket = connect(url, { transports: ["websocket"], forceNew: true, reconnection: false });
    this.socket.onAny((event: string, data: unknown) => this.record({ event, data }));
  }

  connected(): Promise<void> {
    if (this.socket.connected) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.socket.once("connect", () => resolve());
      this.socket.once("connect_error", reject);
    });
  }

  /** Emit with an ack and record the ack as a packet too. */
  request<T extends object = object>(event: string, payload: unknown, timeoutMs = 5000): Promise<Ack<T>> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${event}: no ack within ${timeoutMs} ms`)), timeoutMs);
      (this.socket.emit as (e: string, p: unknown, cb: (r: Ack<T>) => void) => void)(event, payload, (res: Ack<T>) => {
        clearTimeout(timer);
        this.record({ event: `ack:${event}`, data: res });
        resolve(res);
      });
    });
  }

  /** Emit raw arguments (for malformed-input tests). */
  emitRaw(event: string, ...args: unknown[]): void {
    (this.socket.emit as (e: string, ...a: unknown[]) => void)(event, ...args);
  }

  /** Resolve with the first packet (past or future) that passes `test`. */
  waitFor(test: (p: Packet) => boolean, timeoutMs = 5000): Promise<Packet> {
    const seen = this.packets.find(test);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("waitFor: timed out")), timeoutMs);
      this.waiters.push({ test, resolve: (p) => (clearTimeout(timer), resolve(p)) });
    });
  }

  snapshots(): GameSnapshot[] {
    return this.packets.filter((p) => p.event === "game:snapshot").map((p) => p.data as GameSnapshot);
  }

  lastSnapshot(): GameSnapshot | undefined {
    return this.snapshots().at(-1);
  }

  close(): void {
    this.socket.disconnect();
  }

  private record(packet: Packet): void {
    this.packets.push(packet);
    this.waiters = this.waiters.filter((w) => {
      if (!w.test(packet)) return true;
      w.resolve(packet);
      return false;
    });
  }
}

export function isFinished(p: Packet): boolean {
  return p.event === "game:snapshot" && (p.data as GameSnapshot).status === "finished";
}

/** Poll until `check` returns a value (for writes that land asynchronously). */
export async function eventually<T>(check: () => Promise<T | null | undefined>, timeoutMs = 5000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) throw new Error("eventually: timed out");
    await new Promise((r) => setTimeout(r, 20));
  }
}
