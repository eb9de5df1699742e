/**
 * Helpers for the Bot API specs: a device that has played once (only players may own bots), that
 * player on their own page (where "Your bots" shows), a bot made over HTTP, and
 * a minimal arena bot that joins a scenario's queue, passes every tick of the match it is seated
 * in (docs/bot-api.md: pass, the arena) and reports how it ended.
 */
import { expect, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { io } from "socket.io-client";
import { newPlayer } from "./players";

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

/**
 * A new player (a device that has played once, `prefix` naming its nickname) on their own page in
 * a browser context of their own, whose device token the page uses: the Your bots panel shows.
 */
export async function ownerOnOwnPage(browser: Browser, url: string, prefix: string): Promise<{ page: Page; playerId: string; nickname: string }> {
  const deviceToken = `e2e${prefix}${Date.now()}${Math.random().toString(36).slice(2, 10)}`;
  const nickname = `${prefix}${Date.now() % 100000}`;
  await playedOnce(url, deviceToken, nickname);
  const owner = await newPlayer(browser, { nickname });
  await owner.context.addInitScript((token) => localStorage.setItem("bivalent.device", token), deviceToken);
  const me = (await (await owner.context.request.post("/api/me", { data: { deviceToken } })).json()) as { playerId: string };
  await owner.page.goto(`/players/${me.playerId}`);
  return { page: owner.page, playerId: me.playerId, nickname };
}

/** A new bot of the device's player, as its page makes it (POST /api/bots); answers its token. */
export async function newBot(request: APIRequestContext, deviceToken: string, name: string): Promise<string> {
  const res = await request.post("/api/bots", { data: { deviceToken, name } });
  expect(res.status()).toBe(201);
  return ((await res.json()) as { token: string }).token;
}

interface ArenaMatchNotice {
  matchId: string;
  gameId: string;
  scenario: string;
  night: number;
  seat: string;
  seatToken: string;
}

/** Joins `scenario`'s arena queue with this bot token and plays one match by passing every tick; resolves with the match when its game is finished. */
export function passOneArenaMatch(url: string, botToken: string, scenario: string): Promise<ArenaMatchNotice> {
  const socket = io(url, { auth: { botToken }, transports: ["websocket"] });
  return new Promise<ArenaMatchNotice>((resolve, reject) => {
    let match: ArenaMatchNotice | null = null;
    let lastTick = -1;
    const fail = (err: Error) => (socket.disconnect(), reject(err));
    socket.on("connect_error", (err: Error & { data?: { code: string } }) => err.data && fail(new Error(err.data.code)));
    socket.on("connect", () => {
      socket.emit("arena:join", { scenarios: [scenario] }, (res: { ok: boolean; error?: { code: string } }) => !res.ok && fail(new Error(`arena:join: ${res.error?.code}`)));
    });
    socket.on("arena:match", (notice: ArenaMatchNotice) => {
      match = notice;
      socket.emit("arena:leave", {}); // one match is enough
    });
    socket.on("game:snapshot", (snap: { gameId: string; status: string; view: { tick: number } | null }) => {
      if (!match || snap.gameId !== match.gameId) return;
      if (snap.status === "finished") return (socket.disconnect(), resolve(match));
      if (snap.status !== "running" || !snap.view || snap.view.tick === lastTick) return;
      lastTick = snap.view.tick;
      socket.emit("game:move", { gameId: match.gameId, seatToken: match.seatToken, move: { type: "pass" } }, () => undefined);
    });
  });
}
