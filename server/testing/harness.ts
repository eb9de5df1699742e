/**
 * Integration-test harness: a real server on an ephemeral port with its own migrated
 * database, and socket.io clients that record every packet they receive.
 */
import { randomBytes } from "node:crypto";
import { io as connect, type Socket } from "socket.io-client";
import { expect } from "vitest";
import type { SeededRandom } from "../engine/prng";
import { ERROR_CODES } from "../protocol/errors";
import type { HostView } from "../protocol/classroom";
import { startServer, type RunningServer, type ServerOptions } from "../app";
import type { Ack, ClientToServerEvents, GameSnapshot, SeatGrant, ServerHello, ServerToClientEvents } from "../protocol/events";
import type { RateLimits } from "../realtime/budget";
import type { GameRoom } from "../rooms/room";
import type { Trace } from "../storage/types";
import { createTestDatabase, type TestDatabase } from "../storage/testDatabase";
import { HoldableClock } from "./holdableClock";

export const NO_LIMITS: RateLimits = {
  perSocketPerSecond: 1_000_000,
  perAddressPerSecond: 1_000_000,
  quietPerSecond: 1_000_000,
  quietAfterMs: 0,
  strikesToDisconnect: 1_000_000,
  strikeWindowSeconds: 1,
  socketsPerAddress: 1_000_000,
  joinsPerMinute: 1_000_000,
  createsPerMinute: 1_000_000,
};

export interface TestServer {
  server: RunningServer;
  db: TestDatabase;
  /** The server's clock, when the test did not pass its own: real time until a game is held. */
  clock: HoldableClock | null;
  stop(): Promise<void>;
}

export async function startTestServer(options: Partial<ServerOptions> = {}, db?: TestDatabase): Promise<TestServer> {
  db ??= await createTestDatabase();
  const clock = options.clock ? null : new HoldableClock();
  // No countdown unless the test is about it: games start at once, as the tests expect.
  const server = await startServer({ port: 0, host: "127.0.0.1", ui: false, databaseUrl: db.url, rateLimits: NO_LIMITS, countdownMs: 0, ...(clock ? { clock } : {}), ...options });
  return {
    server,
    db,
    clock,
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

/**
 * A client that keeps every event and every ack it receives, in order, except the connection's
 * `server:hello`: it is kept apart (`hello`), since it carries the server's clock and belongs to
 * the connection, not to any game.
 */
export class TestClient {
  readonly socket: Socket<ServerToClientEvents, ClientToServerEvents>;
  readonly packets: Packet[] = [];
  hello: ServerHello | null = null;
  readonly player: { nickname: string; deviceToken: string };
  private waiters: { test: (p: Packet) => boolean; resolve: (p: Packet) => void }[] = [];

  /** `reconnect`: socket.io-client reconnects by itself, quickly (for tests of dropped connections). */
  /** `auth`: the handshake's auth (a Bot API test passes `{ botToken }`). */
  constructor(url: string, nickname = "tester", private readonly options: { reconnect?: boolean; auth?: Record<string, unknown> } = {}) {
    this.player = { nickname, deviceToken: newDeviceToken() };
    const reconnection = options.reconnect ? { reconnection: true, reconnectionDelay: 50, reconnectionDelayMax: 200 } : { reconnection: false };
    this.socket = connect(url, { transports: ["websocket"], forceNew: true, ...reconnection, ...(options.auth ? { auth: options.auth } : {}) });
    this.socket.onAny((event: string, data: unknown) => {
      if (event === "server:hello") this.hello = data as ServerHello;
      else this.record({ event, data });
    });
  }

  connected(): Promise<void> {
    if (this.socket.connected) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.socket.once("connect", () => resolve());
      // A reconnecting client tries again after a refusal (a proxy skipping a dead node), as a browser does.
      if (!this.options.reconnect) this.socket.once("connect_error", reject);
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

/** A class dashboard of `sessionId` that lists a student called `nickname`. */
export const dashboardWith = (sessionId: string, nickname: string) => (p: Packet) =>
  p.event === "class:dashboard" && (p.data as HostView).sessionId === sessionId && (p.data as HostView).students.some((s) => s.nickname === nickname);

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

/**
 * A finished game's trace from the HTTP API, once it has been written. Generous: on a loaded
 * machine, with dozens of games finishing at once, a write has taken over 10 s to land.
 */
export function traceOf(url: string, gameId: string, timeoutMs = 30_000): Promise<Trace> {
  return eventually(async () => {
    const res = await fetch(`${url}/api/games/${gameId}/trace`);
    return res.status === 200 ? ((await res.json()) as Trace) : null;
  }, timeoutMs);
}

/**
 * Pinned seeds. The server draws a game's seed inside game:create, so games are created one at
 * a time and `newSeed` (pass it to startTestServer) hands the server the seed of the game being
 * created with `create`. A game created any other way makes `newSeed` throw.
 */
export class SeedPins {
  private pending: number | null = null;
  private lock: Promise<unknown> = Promise.resolve();

  readonly newSeed = (): number => {
    if (this.pending === null) throw new Error("a game was created without a pinned seed");
    return this.pending;
  };

  create(client: TestClient, payload: object, seed: number): Promise<Ack<SeatGrant>> {
    const run = this.lock.then(async () => {
      this.pending = seed;
      try {
        return await client.request<SeatGrant>("game:create", payload);
      } finally {
        this.pending = null;
      }
    });
    this.lock = run.catch(() => undefined);
    return run;
  }
}

/**
 * Stop a running room's clock, so that no tick passes between "before" and "after" of a check
 * however slowly the machine runs. `advanceClock` then moves it on by hand, through the room's
 * own queue, exactly as its timer would.
 */
export function freezeClock(t: TestServer, room: GameRoom): void {
  if (!t.clock) throw new Error("freezeClock: this test server runs on the test's own clock");
  expect(t.clock.running(room.id)).toBe(true);
  t.clock.hold(room.id);
}

/** Tick a frozen room's clock `ticks` times (the bots answer each tick, as on a real clock). */
export async function advanceClock(t: TestServer, room: GameRoom, ticks = 1): Promise<void> {
  if (!t.clock) throw new Error("advanceClock: this test server runs on the test's own clock");
  for (let i = 0; i < ticks; i++) {
    const res = (await t.clock.advance(room.id)) as Ack<{ seq: number }>;
    if (!res.ok) throw new Error(`advanceClock: ${res.error.code}`);
  }
}

/**
 * Resume a seat and return the full snapshot the server sends for it. The server sends it after
 * the ack, so the first snapshot after the ack is the resync (snapshots pushed earlier, still on
 * their way when the resume was sent, are not mistaken for it).
 */
export async function resumeSnapshot(client: TestClient, grant: SeatGrant): Promise<GameSnapshot> {
  const res = await client.request<SeatGrant>("game:resume", { gameId: grant.gameId, seatToken: grant.seatToken });
  expect(res).toMatchObject({ ok: true, gameId: grant.gameId, seat: grant.seat });
  const from = client.packets.findLastIndex((p) => p.event === "ack:game:resume" && p.data === res) + 1;
  const isSnapshot = (p: Packet) => p.event === "game:snapshot";
  const arrived = client.packets.slice(from).find(isSnapshot);
  if (arrived) return arrived.data as GameSnapshot;
  const old = new Set(client.packets);
  return (await client.waitFor((p) => isSnapshot(p) && !old.has(p))).data as GameSnapshot;
}

/** Run `work(0..count-1)` with at most `concurrency` at a time. */
export async function runPool(count: number, concurrency: number, work: (index: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) await work(next++);
    }),
  );
}

/** Visit every key of a JSON-like value, depth first. */
export function walkKeys(value: unknown, visit: (key: string) => void): void {
  if (value === null || typeof value !== "object") return;
  for (const [k, v] of Object.entries(value)) {
    visit(k);
    walkKeys(v, visit);
  }
}

// ---- Bad input: generated malformed payloads, and the check that each is refused cleanly ----

export const HUGE = "x".repeat(100_000);
export const WRONG_VALUES: unknown[] = [null, 0, -1, 1e308, true, "", HUGE, [], [1, 2], {}, { nested: { deeper: 1 } }];

/** Malformed variants of a valid payload: each field replaced, removed or polluted, plus junk. */
export function mutations(valid: Record<string, unknown>, rng: SeededRandom, optional: string[] = []): { name: string; payload: unknown }[] {
  const out: { name: string; payload: unknown }[] = [];
  for (const key of Object.keys(valid)) {
    const { [key]: _dropped, ...rest } = valid;
    if (!optional.includes(key)) out.push({ name: `missing ${key}`, payload: rest });
    for (let i = 0; i < 4; i++) {
      const value = WRONG_VALUES[rng.int(0, WRONG_VALUES.length - 1)];
      if (JSON.stringify(value) === JSON.stringify(valid[key])) continue;
      out.push({ name: `${key} = ${JSON.stringify(value).slice(0, 20)}`, payload: { ...valid, [key]: value } });
    }
    const inner = valid[key];
    if (inner && typeof inner === "object" && !Array.isArray(inner)) {
      const rest = Object.keys(inner).length ? `, ${JSON.stringify(inner).slice(1)}` : "}";
      out.push({ name: `${key} with __proto__`, payload: { ...valid, [key]: JSON.parse(`{"__proto__": {"polluted": true}${rest}`) } });
      out.push({ name: `${key} with huge extra field`, payload: { ...valid, [key]: { ...inner, extra: HUGE } } });
    }
  }
  out.push({ name: "top-level __proto__", payload: JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(valid).slice(1)}`) });
  out.push({ name: "constructor key", payload: { ...valid, constructor: { prototype: { polluted: true } } } });
  out.push({ name: "extra field", payload: { ...valid, seat: "B", admin: true } });
  for (const junk of [undefined, null, 42, "string", HUGE, [valid], true]) out.push({ name: `payload ${typeof junk}`, payload: junk });
  let deep: Record<string, unknown> = {};
  const root = deep;
  for (let i = 0; i < 40; i++) deep = deep.next = {} as Record<string, unknown>;
  out.push({ name: "deeply nested", payload: { ...valid, params: root } });
  return out;
}

/**
 * `expectRefused(client, event, payload, code?)`: the request gets a typed error (that code, if
 * given), `fingerprint()` (the server-side state that must not change) is unchanged after it,
 * and nothing was polluted.
 */
export function refusalChecker(fingerprint: () => string) {
  return async function expectRefused(client: TestClient, event: string, payload: unknown, code?: string): Promise<{ code: string; message: string }> {
    const before = fingerprint();
    const res = await client.request(event, payload);
    expect(res.ok, `${event} accepted ${JSON.stringify(payload)?.slice(0, 200)}`).toBe(false);
    if (res.ok) throw new Error("unreachable");
    expect(ERROR_CODES).toContain(res.error.code);
    if (code) expect(res.error.code, `${event} ${JSON.stringify(payload)?.slice(0, 200)}`).toBe(code);
    expect(typeof res.error.message).toBe("string");
    expect(fingerprint()).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    return res.error;
  };
}
