import { describe, expect, it } from "vitest";
import pino from "pino";
import type { ArenaMatchNotice } from "../protocol/arena";
import type { ArenaGameSpec } from "../rooms/gameService";
import type { GameRoom } from "../rooms/room";
import type { ArenaStore } from "../storage/arenaStore";
import { arenaOf, arenaSeed, nightOf } from "./nights";
import { ArenaScheduler, type ArenaSocket } from "./scheduler";

/** A scheduler on a manual clock, with games and storage faked: what it decides, not what it runs. */
function setup(pairWaitMs = 3000, unfinished: { id: string; stored: boolean; live: boolean }[] = []) {
  let now = 0;
  let games = 0;
  let failing = false;
  let seatFails = false;
  const opened: ArenaGameSpec[] = [];
  const played = new Map<string, number>();
  const settled: string[] = [];
  const closed: string[] = [];
  /** Games no longer live nor owed to storage here. */
  const gone = new Set<string>(["lost"]);
  const store: ArenaStore = {
    secret: async () => "test-secret",
    places: async (ids) => ids.map((id) => nightOf(played.get(id) ?? 0)),
    createMatch: async () => undefined,
    closeLost: async (id) => (closed.push(id), true),
    settle: async (id) => (settled.push(id), "settled"),
    unfinished: async () => unfinished,
  };
  const scheduler = new ArenaScheduler({
    games: {
      createArena: async (spec) => {
        opened.push(spec);
        if (failing) throw new Error("no room");
        const id = `game-${++games}`;
        return { room: { id } as GameRoom, grants: spec.bots.map((b) => ({ gameId: id, code: "ABCDEF", seat: b.seat, seatToken: `token-${b.bot.id}` })) };
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
    now: () => now,
  });
  const socket = (id: string) => {
    const notices: ArenaMatchNotice[] = [];
    const s: ArenaSocket & { notices: ArenaMatchNotice[] } = { id, notices, emit: (_e, n) => notices.push(n), join: () => undefined };
    return s;
  };
  const bot = (id: string, ownerId = `owner-${id}`) => ({ id, name: id, ownerId });
  return { scheduler, socket, bot, opened, played, settled, closed, gone, at: (ms: number) => (now = ms), failOpen: (on: boolean) => (failing = on), failSeat: () => (seatFails = true) };
}

describe("arena scheduler", () => {
  it("pairs bots first come first served on the first arrival's night, the seats turned by that night (night 1: B, then A)", async () => {
    const { scheduler, socket, bot, opened, played, at } = setup();
    played.set("a", 33);
    const [a, b, c] = [socket("sa"), socket("sb"), socket("sc")];
    scheduler.join(a, bot("a"), ["generals"]);
    at(10);
    scheduler.join(b, bot("b"), ["generals"]);
    at(20);
    scheduler.join(c, bot("c"), ["generals"]);
    await scheduler.serve();
    expect(opened.map((o) => o.bots.map((x) => `${x.seat}:${x.bot.id}`))).toEqual([["B:a", "A:b"]]);
    // 33 matches played: night 1 of the second cycle, a seed of the server's secret.
    expect(opened[0].seed).toBe(arenaSeed("test-secret", "generals", 1, 1));
    expect(a.notices[0]).toEqual({ matchId: "game-1", gameId: "game-1", seat: "B", scenario: "generals", night: 1, seatToken: "token-a" });
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
    const { scheduler, socket, bot, opened, at } = setup(0);
    const [one, two] = [socket("s1"), socket("s2")];
    scheduler.join(one, bot("a"), ["generals", "lovers"]);
    scheduler.join(two, bot("a"), ["lovers"]);
    await scheduler.serve();
    await scheduler.serve();
    expect(opened).toHaveLength(1);
    expect(scheduler.isPlaying("a")).toBe(true);
    at(5);
    await scheduler.stored("game-1");
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
    const { scheduler, socket, bot, opened, at } = setup(0);
    scheduler.join(socket("s"), bot("a"), ["generals", "consensus"]);
    const played: string[] = [];
    for (let i = 1; i <= 4; i++) {
      at(i * 10);
      await scheduler.serve();
      played.push(opened[i - 1].scenario.id);
      await scheduler.stored(`game-${i}`);
    }
    expect(played).toEqual(["generals", "consensus", "generals", "consensus"]);
  });

  it("does not retry a match that failed to open within the same pass", async () => {
    const { scheduler, socket, bot, opened, failOpen } = setup(0);
    failOpen(true);
    scheduler.join(socket("s"), bot("a"), ["generals"]);
    await scheduler.serve();
    expect(opened).toHaveLength(1);
    expect(scheduler.isPlaying("a")).toBe(false);
  });

  it("frees the bots of a match whose game vanished unrated, and closes the match", async () => {
    const { scheduler, socket, bot, opened, gone, closed } = setup(0);
    scheduler.join(socket("s"), bot("a"), ["generals"]);
    await scheduler.serve();
    expect(scheduler.isPlaying("a")).toBe(true);
    gone.add("game-1");
    await scheduler.serve();
    expect(closed).toEqual(["game-1"]);
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
