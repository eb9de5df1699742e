/**
 * One running game seen from its adversary's seat, for the bad-input tests of the scenarios where
 * an adversary schedules a network: a test server, the adversary's client and grant (the room's
 * clock frozen), and the checks that a refused input changed nothing, not even what the
 * adversary's phone shows on a resume. Registers its own beforeAll/afterAll.
 */
import { afterAll, beforeAll, expect } from "vitest";
import type { GameSnapshot, SeatGrant } from "../protocol/events";
import { freezeClock, refusalChecker, resumeSnapshot, startTestServer, TestClient, type TestServer } from "./harness";

export type Grant = SeatGrant & { ok: true };

export interface AdversaryRoom<V> {
  readonly t: TestServer;
  readonly a: TestClient;
  readonly adv: Grant;
  /** Refused with a typed error (`code` when given), changing neither the room nor the resumed snapshot. */
  expectRefused(event: string, payload: unknown, code?: string): Promise<{ code: string; message: string }>;
  /** A game:move payload for `grant` (the adversary's by default). */
  move(m: unknown, grant?: Grant): { gameId: string; seatToken: string; move: unknown };
  /** The adversary's view on a resume. */
  view(): Promise<V>;
  moveOk(m: unknown): Promise<void>;
}

export function adversaryRoom<V>(validCreate: (c: TestClient) => object): AdversaryRoom<V> {
  let t: TestServer;
  let a: TestClient;
  let adv: Grant;

  beforeAll(async () => {
    t = await startTestServer();
    a = new TestClient(t.server.url, "Adversary");
    await a.connected();
    const created = await a.request<SeatGrant>("game:create", validCreate(a));
    if (!created.ok) throw new Error(created.error.code);
    adv = created;
    await a.waitFor((p) => p.event === "game:snapshot" && (p.data as GameSnapshot).status === "running");
    freezeClock(t, t.server.registry.get(adv.gameId)!);
  });
  afterAll(async () => {
    a.close();
    await t.stop();
    await t.db.cleanup();
  });

  function fingerprint(): string {
    const room = t.server.registry.get(adv.gameId)!;
    return JSON.stringify({ state: room.record.state, inputs: room.record.inputs.length, events: room.record.events.length, seats: room.seats, rooms: t.server.registry.size });
  }

  const checkRefused = refusalChecker(fingerprint);
  const move = (m: unknown, grant: Grant = adv) => ({ gameId: grant.gameId, seatToken: grant.seatToken, move: m });

  return {
    get t() {
      return t;
    },
    get a() {
      return a;
    },
    get adv() {
      return adv;
    },
    async expectRefused(event, payload, code) {
      const before = await resumeSnapshot(a, adv);
      const error = await checkRefused(a, event, payload, code);
      expect(error.message.length).toBeLessThanOrEqual(300);
      expect(await resumeSnapshot(a, adv)).toEqual(before);
      return error;
    },
    move,
    view: async () => (await resumeSnapshot(a, adv)).view as V,
    async moveOk(m) {
      const r = await a.request("game:move", move(m));
      expect(r).toMatchObject({ ok: true });
    },
  };
}
