/**
 * The protocol version over a real socket: every connection is greeted with the server's version,
 * a client that names another version is refused at the handshake with PROTOCOL_MISMATCH, and
 * one that names this version, or none, is let in.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { io as connect, type Socket } from "socket.io-client";
import { PROTOCOL_VERSION, type ServerHello } from "../protocol/events";
import { startTestServer, type TestServer } from "../testing/harness";

let t: TestServer;
const sockets: Socket[] = [];

beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  for (const s of sockets) s.disconnect();
  await t.stop();
});

/** Open a socket; resolves with its greeting, or with the handshake's refusal. */
function open(auth?: Record<string, unknown>): Promise<{ hello?: ServerHello; refused?: { message: string; data?: unknown } }> {
  const socket = connect(t.server.url, { transports: ["websocket"], forceNew: true, reconnection: false, auth });
  sockets.push(socket);
  return new Promise((resolve) => {
    socket.once("server:hello", (hello: ServerHello) => resolve({ hello }));
    socket.once("connect_error", (err: Error & { data?: unknown }) => resolve({ refused: { message: err.message, data: err.data } }));
  });
}

describe("protocol version", () => {
  it("greets a client that sends no version with the server's version and clock", async () => {
    const before = Date.now();
    const { hello, refused } = await open();
    expect(refused).toBeUndefined();
    expect(hello?.protocolVersion).toBe(PROTOCOL_VERSION);
    expect(hello?.serverTime).toBeGreaterThanOrEqual(before);
    expect(hello?.serverTime).toBeLessThanOrEqual(Date.now());
  });

  it("lets in a client of the same version", async () => {
    const { hello, refused } = await open({ protocolVersion: PROTOCOL_VERSION });
    expect(refused).toBeUndefined();
    expect(hello?.protocolVersion).toBe(PROTOCOL_VERSION);
  });

  it.each([
    ["an older version", PROTOCOL_VERSION - 1],
    ["a newer version", PROTOCOL_VERSION + 1],
    ["the version as a string", String(PROTOCOL_VERSION)],
  ])("refuses %s at the handshake with PROTOCOL_MISMATCH", async (_what, claimed) => {
    const { hello, refused } = await open({ protocolVersion: claimed });
    expect(hello).toBeUndefined();
    expect(refused?.message).toBe("PROTOCOL_MISMATCH");
    expect(refused?.data).toMatchObject({ code: "PROTOCOL_MISMATCH", message: expect.stringContaining(`version ${PROTOCOL_VERSION}`) });
  });
});
