/**
 * Bot accounts for integration tests of the Bot API's clients (the examples, the arena): a player
 * who owns them, written directly, and bots made through the real HTTP API.
 */
import { getPrisma } from "../storage/db";
import { hashDeviceToken } from "../storage/prismaGameStore";
import { newDeviceToken, type TestServer } from "./harness";

export interface TestBot { id: string; name: string; token: string }

/** A device that has played (bots belong to a player), able to create up to 5 bots. */
export async function botOwner(t: TestServer, nickname = "Owner"): Promise<string> {
  const device = newDeviceToken();
  await getPrisma(t.db.url).player.create({ data: { deviceHash: hashDeviceToken(device), nickname } });
  return device;
}

/** A new bot of `owner`'s, by `POST /api/bots`; throws unless it was created. */
export async function createBot(t: TestServer, owner: string, name: string): Promise<TestBot> {
  const res = await fetch(`${t.server.url}/api/bots`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ deviceToken: owner, name }) });
  const json = (await res.json()) as { bot: { id: string }; token: string };
  if (res.status !== 201) throw new Error(`POST /api/bots: ${res.status} ${JSON.stringify(json)}`);
  return { id: json.bot.id, name, token: json.token };
}
