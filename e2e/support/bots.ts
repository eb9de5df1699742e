/** Bot API bots for the e2e specs: a device that may own bots, and a bot made over HTTP. */
import { expect, type APIRequestContext } from "@playwright/test";
import { io } from "socket.io-client";

/** A device that has played one game (so it is a player), created over a socket like any client. */
export async function playedOnce(url: string, deviceToken: string, nickname: string): Promise<void> {
  const socket = io(url, { transports: ["websocket"] });
  try {
    const payload = { scenario: "generals", seat: "A", others: { B: { kind: "bot", strategy: "bold" } }, tickMs: 1000, player: { nickname, deviceToken } };
    const res = (await socket.timeout(10_000).emitWithAck("game:create", payload)) as { ok: boolean };
    expect(res.ok).toBe(true);
  } finally {
    socket.disconnect();
  }
}

/** A new bot of the device's player, as its page makes it (POST /api/bots); answers its token. */
export async function newBot(request: APIRequestContext, deviceToken: string, name: string): Promise<string> {
  const res = await request.post("/api/bots", { data: { deviceToken, name } });
  expect(res.status()).toBe(201);
  return ((await res.json()) as { token: string }).token;
}
