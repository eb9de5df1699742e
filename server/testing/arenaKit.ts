/**
 * The arena's integration kit: a player who owns bots, bots made over HTTP, bot sockets, and the
 * arena rows a match leaves (server/integration/arena*.test.ts).
 */
import { getPrisma } from "../storage/db";
import { hashDeviceToken, PrismaGameStore } from "../storage/prismaGameStore";
import type { Trace } from "../storage/types";
import { eventually, newDeviceToken, TestClient, type TestServer } from "./harness";

/** A device that has played (written directly), so it may own bots. */
export async function botOwner(t: TestServer): Promise<string> {
  const owner = newDeviceToken();
  await getPrisma(t.db.url).player.create({ data: { deviceHash: hashDeviceToken(owner), nickname: "Owner" } });
  return owner;
}

/** A new bot of `owner`, over the HTTP API as its page makes it. */
export async function newBot(t: TestServer, owner: string, name: string): Promise<{ id: string; token: string }> {
  const res = await fetch(`${t.server.url}/api/bots`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ deviceToken: owner, name }) });
  const json = (await res.json()) as { bot: { id: string }; token: string };
  if (res.status !== 201) throw new Error(`newBot: ${res.status} ${JSON.stringify(json)}`);
  return { id: json.bot.id, token: json.token };
}

/** A connected Bot API socket (the caller closes it). */
export async function botSocket(t: TestServer, token: string, name = "bot"): Promise<TestClient> {
  const c = new TestClient(t.server.url, name, { auth: { botToken: token } });
  await c.connected();
  return c;
}

/** The arena rows of one match, once it is rated (null before). */
export async function ratedMatch(t: TestServer, matchId: string) {
  const db = getPrisma(t.db.url);
  const match = await db.arenaMatch.findUnique({ where: { id: matchId }, include: { entries: { orderBy: { seat: "asc" } } } });
  return match?.finishedAt ? match : null;
}

export async function ratingOf(t: TestServer, botId: string, scenario: string) {
  return getPrisma(t.db.url).botRating.findUnique({ where: { botId_scenario: { botId, scenario } } });
}

/** A finished game's stored trace, read from the database (an arena match's HTTP trace may be withheld). */
export async function storedTrace(t: TestServer, gameId: string): Promise<Trace> {
  const store = new PrismaGameStore(getPrisma(t.db.url));
  return eventually(() => store.getTrace(gameId), 30_000);
}
