/**
 * The replay hold's property, on the scheduler itself (server/arena/hold.ts has the rule): seeded
 * runs of bots joining and leaving queues, idling, being revoked, matches finished, lost or left
 * unfinished, games and writes failing, and another node placing the same bots between a read of
 * their places and the write. Whatever happens, each bot's places in a scenario strictly go up,
 * and no match is ever written on a cycle whose replays a page could already show.
 */
import pino from "pino";
import { describe, expect, it } from "vitest";
import { SeededRandom } from "../engine/prng";
import type { GameRoom } from "../rooms/room";
import { ArenaPlaceMoved } from "../storage/arenaStore";
import { MemoryArenaStore } from "../testing/memoryArenaStore";
import { advance, comparePlaces, type Place } from "./hold";
import { ArenaScheduler, type ArenaSocket } from "./scheduler";

/** Two seats, one seat, five seats: matches of one bot and of several. */
const SCENARIOS = ["generals", "flp", "consensus"];
const IDLE_MS = 2_000;

/** The memory store, where now and then another node writes a match for one of the bots just read. */
class RacingStore extends MemoryArenaStore {
  refused = 0;
  /** Matches the other node opened, still being played. */
  readonly elsewhere: string[] = [];
  private races = 0;

  constructor(
    now: () => number,
    private readonly rand: SeededRandom,
    private readonly nights: number,
  ) {
    super(now, IDLE_MS);
  }

  override async places(botIds: readonly string[], scenario: string): Promise<Place[]> {
    const places = await super.places(botIds, scenario);
    if (this.rand.int(0, 5) === 0) {
      const i = this.rand.int(0, botIds.length - 1);
      const id = `elsewhere-${++this.races}`;
      await super.createMatch({ id, scenario, ...places[i], plays: [{ botId: botIds[i], next: advance(places[i], this.nights) }] });
      this.elsewhere.push(id);
    }
    return places;
  }

  override async createMatch(match: Parameters<MemoryArenaStore["createMatch"]>[0]): Promise<void> {
    try {
      await super.createMatch(match);
    } catch (err) {
      if (err instanceof ArenaPlaceMoved) this.refused++;
      throw err;
    }
  }
}

async function run(seed: number): Promise<{ matches: number; refused: number; released: number }> {
  const rand = new SeededRandom(seed);
  let now = 0;
  const nights = rand.int(1, 4);
  const store = new RacingStore(() => now, rand, nights);
  const live: string[] = [];
  const gone = new Set<string>();
  const opened: string[] = [];
  let failing = false;
  const scheduler = new ArenaScheduler({
    games: {
      createArena: async (spec) => {
        if (failing) throw new Error("no room");
        opened.push(spec.id);
        live.push(spec.id);
        return { room: { id: spec.id } as GameRoom, grants: spec.bots.map((b) => ({ gameId: spec.id, code: "ABCDEF", seat: b.seat, seatToken: "t" })) };
      },
    },
    store,
    seat: () => undefined,
    pending: (id) => !gone.has(id),
    botsOf: () => [],
    log: pino({ level: "silent" }),
    intervalMs: 1000,
    pairWaitMs: rand.int(0, 300),
    tickMs: 50,
    nights,
    now: () => now,
  });
  const bots = Array.from({ length: rand.int(2, 6) }, (_, i) => ({ id: `bot${i}`, name: `bot${i}`, ownerId: `owner${rand.int(0, 2)}` }));
  const socket = (id: string): ArenaSocket => ({ id, emit: () => undefined, join: () => undefined });
  const pick = <T>(xs: readonly T[]): T => xs[rand.int(0, xs.length - 1)];
  const take = (xs: string[]): string | undefined => (xs.length ? xs.splice(rand.int(0, xs.length - 1), 1)[0] : undefined);

  for (let step = 0; step < 250; step++) {
    const bot = pick(bots);
    switch (rand.int(0, 11)) {
      case 0:
      case 1: {
        if (store.revoked.has(bot.id)) break;
        const scenarios = SCENARIOS.filter(() => rand.int(0, 1) === 1);
        if (scenarios.length) scheduler.join(socket(`${bot.id}/${rand.int(0, 1)}`), bot, scenarios);
        break;
      }
      case 2:
        scheduler.leave(`${bot.id}/${rand.int(0, 1)}`);
        break;
      case 3:
        now += rand.int(1, 300);
        break;
      case 4:
        // Long enough for bots to go idle.
        now += rand.int(IDLE_MS, 2 * IDLE_MS);
        break;
      case 5:
      case 6:
        await scheduler.serve();
        break;
      case 7: {
        // A game ends and is stored (rated), or is lost; or the other node's match ends.
        const id = take(live);
        if (id && rand.int(0, 3) === 0) gone.add(id);
        else if (id) await scheduler.stored(id);
        const other = take(store.elsewhere);
        if (other && rand.int(0, 1) === 0) await store.settle(other);
        break;
      }
      case 8:
        failing = rand.int(0, 3) === 0;
        store.failWrites = rand.int(0, 4) === 0 ? 1 : 0;
        break;
      case 9:
        if (rand.int(0, 3) === 0) {
          store.revoked.add(bot.id);
          scheduler.leave(`${bot.id}/0`);
          scheduler.leave(`${bot.id}/1`);
        }
        break;
      default:
        now += rand.int(1, 50);
        await scheduler.serve();
    }
    await new Promise((r) => setImmediate(r));
    // Pages read the hold all along: what they show once stays shown.
    for (const s of SCENARIOS) store.releasedCycles(s);
  }

  const matches = store.matches;
  for (const m of matches) {
    expect(m.onReleased, `seed ${seed}: match ${m.id} on cycle ${m.cycle}, whose replays were out`).toBe(false);
    expect(m.cycle, `seed ${seed}: match ${m.id} below the open cycle`).toBeGreaterThanOrEqual(m.openBefore);
  }
  for (const b of bots) {
    for (const s of SCENARIOS) {
      const places = matches.filter((m) => m.scenario === s && m.plays.some((p) => p.botId === b.id)).map((m) => ({ cycle: m.cycle, night: m.night }));
      for (let i = 1; i < places.length; i++) {
        expect(comparePlaces(places[i], places[i - 1]), `seed ${seed}: ${b.id} in ${s} went from ${JSON.stringify(places[i - 1])} to ${JSON.stringify(places[i])}`).toBe(1);
      }
    }
  }
  // Every game the scheduler opened has its match row, written first (so a stored one is held).
  const written = new Set(matches.map((m) => m.id));
  for (const id of opened) expect(written.has(id), `seed ${seed}: game ${id} without its match`).toBe(true);
  const released = SCENARIOS.reduce((n, s) => n + store.releasedCycles(s).size, 0);
  return { matches: matches.length, refused: store.refused, released };
}

describe("the arena scheduler and the replay hold", () => {
  it("keeps each bot's places strictly increasing and never plays a cycle whose replays are out (seeded runs)", async () => {
    const totals = { matches: 0, refused: 0, released: 0 };
    for (let seed = 1; seed <= 150; seed++) {
      const r = await run(seed);
      totals.matches += r.matches;
      totals.refused += r.refused;
      totals.released += r.released;
    }
    // The runs did what they are for: many matches, cycles released, writes refused by the race.
    expect(totals.matches).toBeGreaterThan(1000);
    expect(totals.released).toBeGreaterThan(50);
    expect(totals.refused).toBeGreaterThan(10);
  });
});
