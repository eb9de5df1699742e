import { describe, expect, it } from "vitest";
import pino from "pino";
import type { ArenaMatchNotice } from "../protocol/arena";
import type { ArenaGameSpec } from "../rooms/gameService";
import type { GameRoom } from "../rooms/room";
import { MemoryArenaStore } from "../testing/memoryArenaStore";
import { arenaOf, arenaSeed } from "./nights";
import { ArenaScheduler, type ArenaSocket } from "./scheduler";

/** A scheduler on a manual clock, with games faked and storage in memory: what it decides, not what it runs. */
function setup(pairWaitMs = 3000, unfinished: { id: string; stored: boolean; live: boolean }[] = [], nights?: number) {
  let now = 0;
  let failing = false;
  let seatFails = false;
  const opened: ArenaGameSpec[] = [];
  const store = new MemoryArenaStore(() => now);
  store.restored = unfinished;
  /** Games no longer live nor owed to storage here. */
  const gone = new Set<string>(["lost"]);
  const scheduler = new ArenaScheduler({
    games: {
      createArena: async (spec) => {
        opened.push(spec);
        if (failing) throw new Error("no room");
        return { room: { id: spec.id } as GameRoom, grants: spec.bots.map((b) => ({ gameId: spec.id, code: "ABCDEF", seat: b.seat, seatToken: `token-${b.bot.id}` })) };
      },
    },
    store,
    seat: () => {
      if (seatFails) throw new Error("socket gone");
    },
    pending: (id) => !gone.has(id),
    botsOf: (id) => (id === "restored" ? ["r"] : []),
    log: pino({ level: "silent" }),
    intervalMs: 1000,
    pairWaitMs,
    tickMs: 50,
    nights,
    now: () => now,
  });
  const socket = (id: string) => {
    const notices: ArenaMatchNotice[] = [];
    const s: ArenaSocket & { notices: ArenaMatchNotice[] } = { id, notices, emit: (_e, n) => notices.push(n), join: () => undefined };
    return s;
  };
  const bot = (id: string, ownerId = `owner-${id}`) => ({ id, name: id, ownerId });
  /** The game id of the i-th match opened (from 1). */
  const game = (i: number) => opened[i - 1].id;
  return { scheduler, socket, bot, opened, store, game, settled: store.settled, closed: store.closed, gone, at: (ms: number) => (now = ms), failOpen: (on: boolean) => (failing = on), failSeat: () => (seatFails = true) };
}

describe("arena scheduler", () => {
  it("pairs bots first come first served at the highest place among them, the seats turned by its night (night 1: B, then A), and moves each past it", async () => {
    const { scheduler, socket, bot, opened, store, game, at } = setup();
    store.place("a", "generals", { cycle: 1, night: 1 });
    const [a, b, c] = [socket("sa"), socket("sb"), socket("sc")];
    scheduler.join(a, bot("a"), ["generals"]);
    at(10);
    scheduler.join(b, bot("b"), ["generals"]);
    at(20);
    scheduler.join(c, bot("c"), ["generals"]);
    await scheduler.serve();
    expect(opened.map((o) => o.bots.map((x) => `${x.seat}:${x.bot.id}`))).toEqual([["B:a", "A:b"]]);
    // a is at night 1 of the second cycle, b new (cycle 0, night 0): the match is a's place, a seed of the server's secret.
    expect(opened[0].seed).toBe(arenaSeed("test-secret", "generals", 1, 1));
    expect(a.notices[0]).toEqual({ matchId: game(1), gameId: game(1), seat: "B", scenario: "generals", night: 1, seatToken: "token-a" });
    // Written before the game opened, under its id: both bots move past it, b skipping the nights between.
    const next = { cycle: 1, night: 2 };
    expect(store.matches).toMatchObject([{ id: game(1), scenario: "generals", cycle: 1, night: 1, plays: [{ botId: "a", next }, { botId: "b", next }] }]);
    // No active bot is in cycle 0 any more: it is over, and c, new, starts at the open cycle.
    expect(await store.places(["a", "b", "c"], "generals")).toEqual([next, next, { cycle: 1, night: 0 }]);
    expect(b.notices[0].seat).toBe("A");
    expect(c.notices).toEqual([]);
  });

  it("gives a lone bot the house only after the pair wait", async () => {
    const { scheduler, socket, bot, opened, at } = setup(3000);
    scheduler.join(socket("s"), bot("a"), ["generals"]);
    at(2999);
    await scheduler.serve();
    expect(opened).toEqual([]);
    at(3000);
    await scheduler.serve();
    expect(opened.map((o) => o.bots.map((x) => x.bot.id))).toEqual([["a"]]);
    // The other seat is the house's.
    expect(opened[0].house.B).toBe(arenaOf("generals")?.house.B);
  });

  it("plays one match per bot across its sockets and scenarios, and serves it again once rated", async () => {
    const { scheduler, socket, bot, opened, game, at } = setup(0);
    const [one, two] = [socket("s1"), socket("s2")];
    scheduler.join(one, bot("a"), ["generals", "lovers"]);
    scheduler.join(two, bot("a"), ["lovers"]);
    await scheduler.serve();
    await scheduler.serve();
    expect(opened).toHaveLength(1);
    expect(scheduler.isPlaying("a")).toBe(true);
    at(5);
    await scheduler.stored(game(1));
    expect(scheduler.isPlaying("a")).toBe(false);
    await scheduler.serve();
    expect(opened).toHaveLength(2);
  });

  it("never seats two bots of one owner in a match: the other waits for the next", async () => {
    const { scheduler, socket, bot, opened } = setup(0);
    scheduler.join(socket("s1"), bot("a1", "ann"), ["generals"]);
    scheduler.join(socket("s2"), bot("a2", "ann"), ["generals"]);
    await scheduler.serve();
    // Each plays its own match, the house in the other seat.
    expect(opened.map((o) => o.bots.map((x) => x.bot.id))).toEqual([["a1"], ["a2"]]);
  });

  it("gives a lone bot in two queues both scenarios in turn: the one just played restarts its wait", async () => {
    const { scheduler, socket, bot, opened, game, at } = setup(0);
    scheduler.join(socket("s"), bot("a"), ["generals", "consensus"]);
    const played: string[] = [];
    for (let i = 1; i <= 4; i++) {
      at(i * 10);
      await scheduler.serve();
      played.push(opened[i - 1].scenario.id);
      await scheduler.stored(game(i));
    }
    expect(played).toEqual(["generals", "consensus", "generals", "consensus"]);
  });

  it("writes the match before its game opens: a game that fails to open closes its match, a match that fails to write opens no game", async () => {
    const { scheduler, socket, bot, opened, store, closed, failOpen } = setup(0);
    failOpen(true);
    const s = socket("s");
    scheduler.join(s, bot("a"), ["generals"]);
    await scheduler.serve();
    // Not retried within the same pass.
    expect(opened).toHaveLength(1);
    expect(scheduler.isPlaying("a")).toBe(false);
    // The game would have had the match's id: any game stored under it is an arena match, held.
    expect(store.matches.map((m) => [m.id, m.finished])).toEqual([[opened[0].id, true]]);
    expect(closed).toEqual([opened[0].id]);
    expect(s.notices).toEqual([]);
    failOpen(false);
    store.failWrites = 1;
    await scheduler.serve();
    expect(opened).toHaveLength(1);
    expect(scheduler.isPlaying("a")).toBe(false);
    // The next pass opens it, past the night the closed match took.
    await scheduler.serve();
    expect(opened).toHaveLength(2);
    expect(store.matches.map((m) => [m.night, m.finished])).toEqual([[0, true], [1, false]]);
  });

  it("frees the bots of a match whose game vanished unrated, and closes the match", async () => {
    const { scheduler, socket, bot, opened, game, gone, closed } = setup(0);
    scheduler.join(socket("s"), bot("a"), ["generals"]);
    await scheduler.serve();
    expect(scheduler.isPlaying("a")).toBe(true);
    gone.add(game(1));
    await scheduler.serve();
    expect(closed).toEqual([game(1)]);
    expect(opened).toHaveLength(2);
  });

  it("logs a seat that fails after the notice instead of throwing out of setImmediate", async () => {
    const { scheduler, socket, bot, failSeat } = setup(0);
    failSeat();
    const s = socket("s");
    scheduler.join(s, bot("a"), ["generals"]);
    await scheduler.serve();
    await new Promise((r) => setImmediate(r));
    // An uncaught throw would fail the run; the match stands and the bot holds it.
    expect(s.notices).toHaveLength(1);
    expect(scheduler.isPlaying("a")).toBe(true);
  });

  it("forgets a socket that left, and refuses a scenario without an arena", async () => {
    const { scheduler, socket, bot, opened } = setup(0);
    const s = socket("s");
    expect(scheduler.join(s, bot("a"), ["generals", "nope"])).toMatchObject({ ok: false, error: { code: "UNKNOWN_SCENARIO" } });
    expect(scheduler.join(s, bot("a"), ["generals"])).toEqual({ ok: true, scenarios: ["generals"] });
    scheduler.leave("s");
    await scheduler.serve();
    expect(opened).toEqual([]);
  });

  it("at start rates the matches stored unrated, and holds the bots of a restored match until it is rated", async () => {
    const { scheduler, socket, bot, opened, settled, closed } = setup(0, [
      { id: "restored", stored: false, live: true },
      { id: "old", stored: true, live: false },
      { id: "elsewhere", stored: false, live: true },
      { id: "lost", stored: false, live: false },
    ]);
    scheduler.start();
    scheduler.stop();
    await new Promise((r) => setTimeout(r, 10));
    expect(settled).toEqual(["old"]);
    // Only the lost one is closed: one in the journal may be live on another node.
    expect(closed).toEqual(["lost"]);
    expect(scheduler.isPlaying("r")).toBe(true);
    scheduler.join(socket("s"), bot("r"), ["generals"]);
    await scheduler.serve();
    expect(opened).toEqual([]);
    await scheduler.stored("restored");
    await scheduler.serve();
    expect(opened).toHaveLength(1);
  });
});
