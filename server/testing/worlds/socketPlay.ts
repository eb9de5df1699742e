/**
 * Play a world over real sockets against a running server with a manual clock: the observed
 * seat's client sends its script, each move after the tick it belongs to has been handled and
 * before the next tick (the clock moves on once the moves are acknowledged). Returns every
 * packet the seat's client received, acks included, in order, up to the end of the game.
 *
 * Clients are reused from world to world, so a world is over for its client only once the
 * server has nothing more to send it about that game: the finished snapshot is followed by one
 * saying the game is stored (`saved: true`), and that is the last. Every packet kept must belong
 * to the world's own game or class session; one from elsewhere fails the run.
 */
import type { HostGrant, StudentGrant, StudentView } from "../../protocol/classroom";
import type { GameSnapshot, SeatGrant } from "../../protocol/events";
import type { GameEvent } from "../../engine/record";
import type { FinishedRooms } from "../../rooms/finishedRooms";
import type { RoomRegistry } from "../../rooms/registry";
import { TestClient, type Packet } from "../harness";
import type { ManualClock } from "../manualClock";
import type { SeedQueue } from "./seedQueue";
import type { World } from "./world";

export interface SocketEnv {
  url: string;
  clock: ManualClock;
  /** The server's countdown before tick 0, ms (0: games begin as soon as their seats are held). */
  countdownMs: number;
  seeds: SeedQueue;
  registry: RoomRegistry;
  /** Where a stored game is read back once its room has left the registry. */
  finishedRooms: Pick<FinishedRooms, "get">;
}

export interface SocketRun {
  packets: Packet[];
  /** The room's true trace, to check that the world played as it did in-process. */
  events: GameEvent[];
}

/**
 * Connected clients reused from game to game (a socket handshake costs more than a short game):
 * a seat's client, a host's for class rounds, and a Bot API bot's (its token in the handshake).
 * A client plays one game at a time.
 */
export class ClientPair {
  readonly seat: TestClient;
  readonly host: TestClient;
  readonly bot: TestClient;

  constructor(url: string, botToken: string) {
    this.seat = new TestClient(url, "observer");
    this.host = new TestClient(url, "host");
    this.bot = new TestClient(url, "bot", { auth: { botToken } });
  }

  async connected(): Promise<void> {
    await Promise.all([this.seat.connected(), this.host.connected(), this.bot.connected()]);
  }

  close(): void {
    this.seat.close();
    this.host.close();
    this.bot.close();
  }
}

/**
 * How the observed seat is held: `game`, its player creates the game with `game:create`; `class`,
 * a student plays it in a class round; `bot`, a Bot API bot creates it and plays it, passing every
 * tick (so the tick's deadline never has its stand-in play: the world stays the one scripted).
 */
export type SeatMode = "game" | "class" | "bot";

export async function playOverSockets(env: SocketEnv, clients: ClientPair, world: World, mode: SeatMode): Promise<SocketRun> {
  const seat = mode === "bot" ? clients.bot : clients.seat;
  seat.packets.length = 0; // the previous world's game had sent its last packet (saved) before the client was released
  const { grant, sessionId } = mode === "class" ? await joinClassRound(env, seat, clients.host, world) : { grant: await createGame(env, seat, world, mode === "bot"), sessionId: null };
  await driveScript(env, seat, grant, world, mode === "bot");
  await seat.waitFor((p) => snapshotOf(p)?.gameId === grant.gameId && snapshotOf(p)?.saved === true, 10_000);
  const packets = seat.packets.slice();
  const stray = packets.find((p) => !belongsTo(p, grant.gameId, sessionId));
  if (stray) throw new Error(`a packet of another game reached the seat's client: ${p2s(stray)}`);
  // Stored, the game has left memory: its room is rebuilt from the database (the same inputs, so the same events).
  const room = env.registry.get(grant.gameId) ?? (await env.finishedRooms.get(grant.gameId));
  return { packets, events: room ? room.record.events : [] };
}

/** Whether a packet is about this game (or, in a class round, this session): acks are the seat's own answers. */
function belongsTo(p: Packet, gameId: string, sessionId: string | null): boolean {
  if (p.event === "game:snapshot") return snapshotOf(p)!.gameId === gameId;
  if (p.event.startsWith("class:")) return sessionId !== null && (p.data as { sessionId?: string }).sessionId === sessionId;
  return p.event.startsWith("ack:");
}

function p2s(p: Packet): string {
  return `${p.event} ${JSON.stringify(p.data).slice(0, 300)}`;
}

/** `bot`: the client is a Bot API bot's, whose token says who plays (no `player`). */
async function createGame(env: SocketEnv, client: TestClient, world: World, bot: boolean): Promise<SeatGrant> {
  const others = Object.fromEntries(Object.entries(world.bots).map(([seat, strategy]) => [seat, { kind: "bot", strategy }]));
  const payload = { scenario: world.scenario, params: world.params, seat: world.seat, others, tickMs: 1000, ...(bot ? {} : { player: client.player }) };
  const res = await env.seeds.withSeed(world.seed, () => client.request<SeatGrant>("game:create", payload));
  if (!res.ok) throw new Error(`game:create refused: ${res.error.code} ${res.error.message}`);
  if (env.countdownMs > 0) {
    // Every seat is held: the 3-2-1 runs. The seat is told so ("starting", with startsAt) before its countdown ends.
    await client.waitFor((p) => snapshotOf(p)?.gameId === res.gameId && snapshotOf(p)?.status === "starting");
    await endCountdown(env, res.gameId);
  }
  await untilRunning(env, res.gameId);
  return res;
}

/** A class session with one student, whose round puts them in the world's seat with its bots around. */
async function joinClassRound(env: SocketEnv, student: TestClient, host: TestClient, world: World): Promise<{ grant: SeatGrant; sessionId: string }> {
  const hosted = await host.request<HostGrant>("class:host", { title: "Indistinguishable", player: host.player });
  if (!hosted.ok) throw new Error(`class:host refused: ${hosted.error.code}`);
  const joined = await student.request<StudentGrant>("class:join", { code: hosted.code, player: student.player });
  if (!joined.ok) throw new Error(`class:join refused: ${joined.error.code}`);
  const ofThisSession = (p: Packet) => p.event === "class:student" && (p.data as StudentView).sessionId === hosted.sessionId;
  await student.waitFor(ofThisSession);
  const start = { sessionId: hosted.sessionId, hostKey: hosted.hostKey, scenario: world.scenario, params: world.params, studentSeats: [world.seat], bots: world.bots, tickMs: 1000 };
  const started = await env.seeds.withSeed(world.seed, () => host.request("class:round:start", start));
  if (!started.ok) throw new Error(`class:round:start refused: ${started.error.code} ${started.error.message}`);
  const view = (await student.waitFor((p) => ofThisSession(p) && Boolean((p.data as StudentView).game))).data as StudentView;
  const game = view.game!;
  // The round's clock (or its countdown) starts a moment after its seats are handed out; enter
  // once it runs (counts down), so the seat's first packets do not depend on which came first.
  if (env.countdownMs > 0) await until(() => env.registry.get(game.gameId)?.status === "starting", `game ${game.gameId} never counted down`);
  else await untilRunning(env, game.gameId);
  const resumed = await student.request<SeatGrant>("game:resume", { gameId: game.gameId, seatToken: game.seatToken });
  if (!resumed.ok) throw new Error(`game:resume refused: ${resumed.error.code}`);
  if (env.countdownMs > 0) {
    await student.waitFor((p) => snapshotOf(p)?.gameId === game.gameId && snapshotOf(p)?.status === "starting");
    await endCountdown(env, game.gameId);
    await untilRunning(env, game.gameId);
  }
  // The seat enters (and gets its first snapshot) just after the ack: wait for it before any tick.
  await student.waitFor((p) => snapshotOf(p)?.gameId === game.gameId && snapshotOf(p)?.status === "running");
  return { grant: resumed, sessionId: hosted.sessionId };
}

/**
 * A game's clock starts when its seats are all held (after the countdown, if any), a moment after
 * the request that filled them; a game its bots end at tick 0 (an FLP start that is already
 * univalent) has finished instead, with no clock.
 */
async function untilRunning(env: SocketEnv, gameId: string): Promise<void> {
  // A game no longer in the registry has finished and been stored already.
  await until(() => env.clock.running(gameId) || (env.registry.get(gameId)?.status ?? "finished") === "finished", `game ${gameId} never started`);
}

async function until(condition: () => boolean, failure: string): Promise<void> {
  for (let i = 0; !condition(); i++) {
    if (i > 100_000) throw new Error(failure);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/**
 * The countdown's end, now: the clock's time stays where it is (worlds played side by side share
 * it), so `startsAt` and every stamp are the same in every world.
 */
async function endCountdown(env: SocketEnv, gameId: string): Promise<void> {
  await env.clock.runTimers(gameId);
}

/**
 * Each tick: the moves that belong to it, sent together (one socket keeps their order) and all
 * acknowledged, then the next tick. The clock's promise resolves once the room has handled the
 * tick, so no packet needs to have arrived for the order on the server to be exact. `pass`: a
 * pass first, every tick (a bot's seat: its scripted moves may all be refused).
 */
async function driveScript(env: SocketEnv, client: TestClient, grant: SeatGrant, world: World, pass: boolean): Promise<void> {
  let next = 0;
  for (let tick = 0; env.clock.running(grant.gameId); tick++) {
    const moves: Promise<unknown>[] = [];
    if (pass) moves.push(client.request("game:move", { gameId: grant.gameId, seatToken: grant.seatToken, move: { type: "pass" } }));
    for (; next < world.script.length && world.script[next].tick === tick; next++) {
      moves.push(client.request("game:move", { gameId: grant.gameId, seatToken: grant.seatToken, move: world.script[next].move }));
    }
    await Promise.all(moves);
    // The seat's own move may have ended the game (a Ben-Or adversary's last delivery): no tick follows.
    if (!env.clock.running(grant.gameId)) break;
    await env.clock.advance(grant.gameId);
  }
}

function snapshotOf(p: Packet): GameSnapshot | null {
  return p.event === "game:snapshot" ? (p.data as GameSnapshot) : null;
}
