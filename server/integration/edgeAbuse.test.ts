/**
 * The socket edge against a hostile client, over real sockets: foreign origins on both
 * transports, unknown and prototype event names, extra arguments, floods from one socket and
 * from one address (while a quiet player of that address keeps playing), and a cap on the
 * sockets one address may hold. The budget figures (DEFAULT_RATE_LIMITS) are also checked
 * against a class of 40 behind one school address.
 */
import { io as connect, type Socket } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { HostGrant } from "../protocol/classroom";
import type { Ack, SeatGrant } from "../protocol/events";
import { DEFAULT_RATE_LIMITS, type RateLimits } from "../realtime/budget";
import { newDeviceToken, startTestServer, TestClient, type TestServer } from "../testing/harness";

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ allowedOrigins: ["https://class.example.org"] });
});
afterAll(async () => {
  await t.stop();
  await t.db.cleanup();
});

const createPayload = (nickname = "Ada") => ({
  scenario: "generals",
  params: { captureProbability: 0.2, dawnTick: 200 },
  seat: "A",
  others: { B: { kind: "bot", strategy: "acknowledged" } },
  tickMs: 10_000,
  player: { nickname, deviceToken: newDeviceToken() },
});

/** Connect with a chosen transport and Origin header; resolves with the socket or the connect error. */
function open(url: string, transport: "websocket" | "polling", origin?: string, headers: Record<string, string> = {}): Promise<{ socket: Socket; error: (Error & { data?: unknown }) | null }> {
  const socket = connect(url, {
    transports: [transport],
    forceNew: true,
    reconnection: false,
    extraHeaders: { ...(origin ? { Origin: origin } : {}), ...headers },
  });
  return new Promise((resolve) => {
    socket.once("connect", () => resolve({ socket, error: null }));
    socket.once("connect_error", (error) => resolve({ socket, error }));
  });
}

function ask<T extends object = object>(socket: Socket, event: string, payload: unknown): Promise<Ack<T>> {
  return new Promise((resolve) => socket.emit(event, payload, resolve));
}

describe("origins", () => {
  for (const transport of ["websocket", "polling"] as const) {
    it(`refuses a forged Origin over ${transport}, and no game is created`, async () => {
      const before = t.server.registry.size;
      for (const origin of ["http://evil.example", "https://127.0.0.1.evil.example", "null", `http://evil.example:${t.server.port}`]) {
        const { socket, error } = await open(t.server.url, transport, origin);
        expect(error, origin).not.toBeNull();
        expect(socket.connected).toBe(false);
        socket.close();
      }
      expect(t.server.registry.size).toBe(before);
    });

    it(`accepts our own origin, a listed origin and no Origin over ${transport}`, async () => {
      for (const origin of [`http://127.0.0.1:${t.server.port}`, `https://127.0.0.1:${t.server.port}`, "https://class.example.org", undefined]) {
        const { socket, error } = await open(t.server.url, transport, origin);
        expect(error, String(origin)).toBeNull();
        expect(await ask(socket, "game:create", createPayload())).toMatchObject({ ok: true });
        socket.close();
      }
    });
  }

  it("answers a forged handshake with 403 and the typed reason", async () => {
    const res = await fetch(`${t.server.url}/socket.io/?EIO=4&transport=polling`, { headers: { Origin: "http://evil.example" } });
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ message: "ORIGIN_REFUSED" });
    const ours = await fetch(`${t.server.url}/socket.io/?EIO=4&transport=polling`, { headers: { Origin: t.server.url } });
    expect(ours.status).toBe(200);
  });
});

describe("unknown events and extra arguments", () => {
  let c: TestClient;
  beforeAll(async () => {
    c = new TestClient(t.server.url, "Probe");
    await c.connected();
  });
  afterAll(() => c.close());

  it("answers unknown and prototype event names with UNKNOWN_EVENT", async () => {
    const names = ["no:such:event", "__proto__", "constructor", "toString", "hasOwnProperty", "valueOf", "__defineGetter__", "prototype", "GAME:CREATE", "game:create ", ""];
    for (const name of names) {
      const res = await c.request(name, createPayload());
      expect(res, name).toMatchObject({ ok: false, error: { code: "UNKNOWN_EVENT" } });
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("without a callback, the refusal comes as game:error", async () => {
    c.emitRaw("__proto__", { polluted: true });
    const error = await c.waitFor((p) => p.event === "game:error" && (p.data as { event: string }).event === "__proto__");
    expect(error.data).toMatchObject({ code: "UNKNOWN_EVENT", event: "__proto__" });
  });

  it("refuses extra arguments before the callback with BAD_PAYLOAD, and a missing payload too", async () => {
    const before = t.server.registry.size;
    const answers = await Promise.all([
      new Promise<Ack>((resolve) => c.emitRaw("game:create", createPayload(), "extra", resolve)),
      new Promise<Ack>((resolve) => c.emitRaw("game:create", createPayload(), createPayload(), { more: 1 }, resolve)),
      new Promise<Ack>((resolve) => c.emitRaw("game:join", resolve)),
    ]);
    for (const res of answers) expect(res).toMatchObject({ ok: false, error: { code: "BAD_PAYLOAD" } });
    expect(t.server.registry.size).toBe(before);
    // The same request with one payload goes through: the refusal was the extra arguments.
    expect(await c.request("game:create", createPayload())).toMatchObject({ ok: true });
  });
});

/** A server of its own with these limits (the budget is per server). */
async function withLimits(limits: Partial<RateLimits>, run: (url: string) => Promise<void>): Promise<void> {
  const s = await startTestServer({ rateLimits: { ...DEFAULT_RATE_LIMITS, ...limits } }, t.db);
  try {
    await run(s.server.url);
  } finally {
    await s.stop();
  }
}

const BOGUS_MOVE = { gameId: "nosuchgame", seatToken: "x".repeat(32), move: { type: "send", kind: "plan" } };

describe("request budgets", () => {
  it("tells a socket that stays over its budget OVER_BUDGET, then disconnects it", async () => {
    await withLimits({ perSocketPerSecond: 20, strikesToDisconnect: 20 }, async (url) => {
      const c = new TestClient(url, "Flood");
      await c.connected();
      const closed = new Promise<{ reason: string; seen: number }>((resolve) =>
        c.socket.once("disconnect", (reason) => resolve({ reason, seen: c.packets.length })),
      );
      const answers: string[] = [];
      for (let i = 0; i < 100; i++) c.socket.emit("game:move", BOGUS_MOVE, (res: Ack) => answers.push(res.ok ? "ok" : res.error.code));
      const { reason, seen } = await closed;
      expect(reason).toBe("io server disconnect");
      // The typed reason arrived before the close.
      const told = c.packets.slice(0, seen).find((p) => p.event === "game:error");
      expect(told?.data).toMatchObject({ code: "OVER_BUDGET", event: "game:move" });
      // At most 20 within the socket's budget were answered, and at most 20 refusals before the close.
      expect(answers.filter((a) => a === "UNKNOWN_GAME").length).toBeLessThanOrEqual(20);
      const refused = answers.filter((a) => a === "RATE_LIMITED").length;
      expect(refused).toBeGreaterThan(0);
      expect(refused).toBeLessThanOrEqual(20);
      expect(answers.length).toBeLessThan(100);
      // Another socket from the same address still plays.
      const other = new TestClient(url, "Calm");
      await other.connected();
      expect(await other.request("game:create", createPayload())).toMatchObject({ ok: true });
      other.close();
    });
  });

  /**
   * A quiet player is connected and settled; then 10 fresh noisy sockets each send 20 requests
   * at once while the quiet one sends 3 real ones.
   */
  async function flood(url: string, settleMs: number): Promise<{ noisy: string[]; quiet: string[] }> {
    const quiet = new TestClient(url, "Quiet");
    await quiet.connected();
    const game = await quiet.request<SeatGrant>("game:create", createPayload());
    if (!game.ok) throw new Error(game.error.code);
    await new Promise((resolve) => setTimeout(resolve, settleMs));
    const noisy = Array.from({ length: 10 }, () => new TestClient(url, "Noisy"));
    await Promise.all(noisy.map((c) => c.connected()));
    const noisyAnswers = noisy.flatMap((c) => Array.from({ length: 20 }, () => c.request("game:move", BOGUS_MOVE)));
    const quietAnswers = Array.from({ length: 3 }, () => quiet.request("game:resume", { gameId: game.gameId, seatToken: game.seatToken }));
    const code = (res: Ack) => (res.ok ? "ok" : res.error.code);
    const result = { noisy: (await Promise.all(noisyAnswers)).map(code), quiet: (await Promise.all(quietAnswers)).map(code) };
    for (const c of [quiet, ...noisy]) c.close();
    return result;
  }

  it("refuses the noisy sockets of a flooding address and keeps serving its quiet one", async () => {
    // Past 60 a second, fresh noisy sockets are refused (they are not quiet: not yet connected
    // for quietAfterMs), while the settled player still gets through under the hard cap of 120.
    await withLimits({ perAddressPerSecond: 60, quietPerSecond: 5, quietAfterMs: 300, strikesToDisconnect: 1e6 }, async (url) => {
      const { noisy, quiet } = await flood(url, 400);
      expect(quiet).toEqual(["ok", "ok", "ok"]);
      expect(noisy.filter((c) => c === "RATE_LIMITED").length).toBeGreaterThan(50);
      expect(noisy.every((c) => c === "RATE_LIMITED" || c === "UNKNOWN_GAME")).toBe(true);
    });
    // The control: without the address budget the same flood is not refused at all.
    await withLimits({ perAddressPerSecond: 1e6, strikesToDisconnect: 1e6 }, async (url) => {
      const { noisy, quiet } = await flood(url, 0);
      expect(quiet).toEqual(["ok", "ok", "ok"]);
      expect(noisy.filter((c) => c === "RATE_LIMITED")).toHaveLength(0);
    });
  });

  it("caps the sockets one address holds at once with a typed TOO_MANY_CONNECTIONS", async () => {
    await withLimits({ socketsPerAddress: 3 }, async (url) => {
      const held = await Promise.all([0, 1, 2].map(() => open(url, "websocket")));
      for (const h of held) expect(h.error).toBeNull();
      const fourth = await open(url, "websocket");
      expect(fourth.error?.data).toMatchObject({ code: "TOO_MANY_CONNECTIONS" });
      fourth.socket.close();
      // A slot comes back when a socket leaves.
      held[0].socket.close();
      let again = await open(url, "websocket");
      for (let i = 0; again.error && i < 50; i++) {
        again.socket.close();
        await new Promise((r) => setTimeout(r, 20));
        again = await open(url, "websocket");
      }
      expect(again.error).toBeNull();
      for (const s of [again, ...held]) s.socket.close();
    });
  });

  it("behind a trusted proxy, counts each client by the address the proxy appended, never by what the client wrote", async () => {
    await withLimits({ socketsPerAddress: 2, trustedProxies: 1 }, async (url) => {
      const via = (client: string, forged = "198.51.100.1") => open(url, "websocket", undefined, { "X-Forwarded-For": `${forged}, ${client}` });
      const first = await Promise.all([via("203.0.113.7"), via("203.0.113.7", "198.51.100.2")]);
      for (const h of first) expect(h.error).toBeNull();
      // A third socket of that client is refused, whatever it forged in front of the proxy's entry.
      const third = await via("203.0.113.7", "198.51.100.3");
      expect(third.error?.data).toMatchObject({ code: "TOO_MANY_CONNECTIONS" });
      // Another client behind the same proxy (every socket comes from one local address) has its own slots.
      const other = await via("203.0.113.8");
      expect(other.error).toBeNull();
      for (const h of [...first, third, other]) h.socket.close();
    });
  });

  it("lets a class of 40 behind one address play at 4 requests a second each under the default budget", async () => {
    await withLimits({}, async (url) => {
      const host = new TestClient(url, "Prof");
      await host.connected();
      const hosted = await host.request<HostGrant>("class:host", { title: "One school address", player: host.player });
      if (!hosted.ok) throw new Error(hosted.error.code);
      const students = Array.from({ length: 40 }, (_, i) => new TestClient(url, `Pupil ${i}`));
      await Promise.all(students.map((s) => s.connected()));
      const joins = await Promise.all(students.map((s) => s.request("class:join", { code: hosted.code, player: s.player })));
      expect(joins.every((j) => j.ok)).toBe(true);
      // Three seconds of play: every student sends a move every 250 ms.
      const codes: string[] = [];
      const disconnected = students.filter((s) => !s.socket.connected);
      for (let tick = 0; tick < 12; tick++) {
        const round = await Promise.all(students.map((s) => s.request("game:move", BOGUS_MOVE)));
        codes.push(...round.map((r) => (r.ok ? "ok" : r.error.code)));
        await new Promise((r) => setTimeout(r, 250));
      }
      expect(codes).toHaveLength(480);
      expect(codes.filter((c) => c === "RATE_LIMITED")).toHaveLength(0);
      expect(disconnected).toHaveLength(0);
      expect(students.every((s) => s.socket.connected)).toBe(true);
      for (const s of [host, ...students]) s.close();
    });
  });
});
