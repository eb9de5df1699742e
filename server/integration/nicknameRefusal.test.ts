/**
 * One offensive-name check wherever a name enters, over real sockets: game creation and
 * joins, challenge nights, hosting a class (host nickname and session title) and joining one.
 * Each disguised name gets the typed NICKNAME_REFUSED and stores nothing; an ordinary name
 * that contains a rude word inside it goes through on the same path.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { HostGrant } from "../protocol/classroom";
import type { SeatGrant } from "../protocol/events";
import { getPrisma } from "../storage/db";
import { newDeviceToken, startTestServer, TestClient, type TestServer } from "../testing/harness";

/** One of each kind of disguise (the unit corpus in server/names has the rest). */
const DISGUISED = ["fuck", "f u c k", "f.u.c.k", "f_u_c_k", "f4ck", "5h1t", "fυck", "ｆｕｃｋ", "fu\u0301ck"];
const ORDINARY = "Matsushita Hancock";

let t: TestServer;
let c: TestClient;
let openGame: SeatGrant & { ok: true };
let classCode: string;

beforeAll(async () => {
  t = await startTestServer();
  c = new TestClient(t.server.url, "Probe");
  await c.connected();
  const created = await c.request<SeatGrant>("game:create", gamePayload("Host"));
  if (!created.ok) throw new Error(created.error.code);
  openGame = created;
  const hosted = await c.request<HostGrant>("class:host", { title: "Names", player: player("Prof") });
  if (!hosted.ok) throw new Error(hosted.error.code);
  classCode = hosted.code;
});
afterAll(async () => {
  c.close();
  await t.stop();
  await t.db.cleanup();
});

const player = (nickname: string) => ({ nickname, deviceToken: newDeviceToken() });
function gamePayload(nickname: string) {
  return { scenario: "generals", params: { dawnTick: 200 }, seat: "A", others: { B: { kind: "human" } }, tickMs: 10_000, player: player(nickname) };
}

/** Every way a name enters, as (name) => [event, payload]. */
const ENTRIES: Record<string, (name: string) => [string, object]> = {
  "game:create": (name) => ["game:create", gamePayload(name)],
  "game:join": (name) => ["game:join", { code: openGame.code, player: player(name) }],
  "challenge:start": (name) => ["challenge:start", { challengeId: "foggy-valley", night: 1, tickMs: 10_000, player: player(name) }],
  "class:host (nickname)": (name) => ["class:host", { title: "Physics 101", player: player(name) }],
  "class:host (title)": (name) => ["class:host", { title: `${name} class`, player: player("Prof") }],
  "class:join": (name) => ["class:join", { code: classCode, player: player(name) }],
};

async function stored(): Promise<{ players: string[]; titles: string[]; rooms: number }> {
  const db = getPrisma(t.db.url);
  const players = (await db.player.findMany({ select: { nickname: true } })).map((p) => p.nickname);
  const titles = (await db.classSession.findMany({ select: { title: true } })).map((s) => s.title);
  return { players: players.sort(), titles: titles.sort(), rooms: t.server.registry.size };
}

describe("offensive names are refused wherever a name enters", () => {
  for (const [entry, build] of Object.entries(ENTRIES)) {
    it(`${entry}: NICKNAME_REFUSED for every disguise, and nothing is stored`, async () => {
      const before = await stored();
      for (const name of DISGUISED) {
        const [event, payload] = build(name);
        const res = await c.request(event, payload);
        expect(res, `${entry} ${name}`).toMatchObject({ ok: false, error: { code: "NICKNAME_REFUSED" } });
      }
      expect(await stored()).toEqual(before);
    });

    it(`${entry}: an ordinary name goes through`, async () => {
      const [event, payload] = build(ORDINARY);
      expect(await c.request(event, payload)).toMatchObject({ ok: true });
    });
  }

  it("a malformed name is still BAD_PAYLOAD, not a refusal", async () => {
    expect(await c.request("game:create", gamePayload("x".repeat(40)))).toMatchObject({ ok: false, error: { code: "BAD_PAYLOAD" } });
  });
});
