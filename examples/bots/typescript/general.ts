/**
 * A Two Generals general that plays through the Bivalent Bot API (docs/bot-api.md), whole in this
 * file: read it top to bottom. (process.ts repeats the seat loop below on purpose: each example is
 * a standalone program.) It keeps a chain of messengers going (a new one whenever news arrived, or
 * when the last one has had time to come back) and attacks once its knowledge depth reaches
 * `attackAt`. `play` creates a game against a house bot; `playGeneral` plays a seat granted
 * otherwise (arena.ts, class.ts). Run it with `BOT_TOKEN=... npm run general` (README.md).
 */
import { io, type Socket } from "socket.io-client";

/** Every answer is { ok: true, ... } or { ok: false, error }. */
type Ack<T> = ({ ok: true } & T) | { ok: false; error: { code: string; message: string } };
/** What `game:create`, `game:resume` and `arena:match` give: the seat and its credential. */
export interface SeatGrant { gameId: string; seat: string; seatToken: string }
/** How a game ended for our seat; `reveal` is the whole of it. */
export interface PlayResult { gameId: string; seat: string; outcome: string; score: number; reveal: object }
type HandshakeError = Error & { data?: { code: string; message: string } };

/** The parts of a general's view this bot reads (docs/bot-api.md "The seat's view"). */
interface GeneralView {
  tick: number;
  params: { crossingTicks: number };
  sent: { acked: number; sentAt: number }[];
  received: unknown[];
  knowledge: { depth: number };
  can: { sendPlan: boolean; sendAck: boolean; commit: boolean };
  reveal: { outcome: string; scores: Record<string, number> } | null;
}
/** One seat's snapshot: `seq` numbers them 1, 2, 3...; `view` is the seat's whole view. */
interface Snapshot { gameId: string; seat: string; seq: number; status: string; view: GeneralView | null }

/** A socket that is our bot: the token goes in the handshake; socket.io reconnects by itself. */
export function connect(url: string, botToken: string): Socket {
  const socket = io(url, { auth: { botToken }, transports: ["websocket"] });
  // A refused token carries its code in err.data (and is not retried); anything else is retried.
  socket.on("connect_error", (err: HandshakeError) => err.data || console.warn(`cannot reach ${url} (${err.message}): retrying`));
  return socket;
}

/** Sends a request and waits for its answer; a refusal becomes an Error with its code. */
export function request<T>(socket: Socket, event: string, payload: object): Promise<T> {
  return new Promise<T>((resolve, reject) =>
    socket.emit(event, payload, (res: Ack<T>) => (res.ok ? resolve(res) : reject(new Error(`${event}: ${res.error.code}: ${res.error.message}`)))),
  );
}

/** The strategy: this tick's moves. One messenger a tick at most; `committed` is one game's memory. */
export function generalStrategy(attackAt = 2): (view: GeneralView) => object[] {
  let committed = false;
  return (view) => {
    const moves: object[] = [];
    if (view.can.commit && !committed && view.knowledge.depth >= attackAt) {
      committed = true;
      moves.push({ type: "commit", decision: "attack" });
    }
    const last = view.sent.at(-1);
    const news = view.received.length > (last?.acked ?? 0);
    const quiet = !last || view.tick - last.sentAt > 2 * view.params.crossingTicks;
    if (news || quiet) {
      if (view.can.sendAck) moves.push({ type: "send", kind: "ack" });
      else if (view.can.sendPlan) moves.push({ type: "send", kind: "plan" });
    }
    return moves;
  };
}

/**
 * Plays a seat the socket holds until dawn. Call it as soon as the grant arrives (in the same
 * callback): the seat's snapshots follow right after it. Every tick it sends its moves, or
 * `{ type: "pass" }` when it has none, so the server's stand-in does not play that tick for it.
 */
export function playGeneral(socket: Socket, { gameId, seatToken }: SeatGrant, attackAt = 2): Promise<PlayResult> {
  const strategy = generalStrategy(attackAt);
  let lastTick = -1;
  let inFlight = 0; // moves sent and not yet answered: a snapshot sent before they landed misses them
  let shownAfter = 0; // a move's answer has a seq; only a snapshot numbered above it shows the move
  let latest: Snapshot | null = null; // looked at again when a move's answer comes back
  return new Promise<PlayResult>((resolve) => {
    // After a lost connection, take the seat back by its token; a restarted server counts from 1.
    const onConnect = () => {
      shownAfter = 0;
      request(socket, "game:resume", { gameId, seatToken }).catch((err: Error) => console.warn(err.message));
    };
    const onSnapshot = (snap: Snapshot) => {
      if (snap.gameId !== gameId || !snap.view) return;
      latest = snap;
      const view = snap.view;
      if (snap.status === "finished" && view.reveal) {
        socket.off("game:snapshot", onSnapshot).off("connect", onConnect);
        return resolve({ gameId, seat: snap.seat, outcome: view.reveal.outcome, score: view.reveal.scores[snap.seat] ?? 0, reveal: view.reveal });
      }
      // Once a tick, and only on a view that shows every move we sent (the next snapshot will).
      if (snap.status !== "running" || view.tick === lastTick || inFlight > 0 || snap.seq <= shownAfter) return;
      lastTick = view.tick;
      const moves = strategy(view);
      for (const m of moves.length > 0 ? moves : [{ type: "pass" }]) send(m); // nothing to do: say so
    };
    const send = (m: object) => {
      const counted = (m as { type: string }).type !== "pass"; // a pass changes no view
      if (counted) inFlight++;
      request<{ seq: number }>(socket, "game:move", { gameId, seatToken, move: m })
        .then((res) => counted && (shownAfter = Math.max(shownAfter, res.seq)))
        // A refused move changes nothing; GAME_OVER: the game ended while it travelled.
        .catch((err: Error) => err.message.includes(": GAME_OVER:") || console.warn(err.message))
        // A tick skipped while we waited is played now, if the newest view shows everything.
        .finally(() => counted && --inFlight === 0 && latest && onSnapshot(latest));
    };
    socket.on("game:snapshot", onSnapshot).on("connect", onConnect);
  });
}

export interface PlayOptions {
  url: string;
  botToken: string;
  seat?: "A" | "B"; // "A" has the plan; "B" waits for it
  opponent?: string; // the house bot in the other seat (a Two Generals strategy name)
  tickMs?: number; // milliseconds per tick, 100 or more: 1000 is human pace
  attackAt?: number; // attack once this many links of the chain are known to have got through
}

/** Creates a game against a house bot and plays it to its end; rejects on a refused token or request. */
export function play({ url, botToken, seat = "A", opponent = "acknowledged", tickMs = 200, attackAt = 2 }: PlayOptions): Promise<PlayResult> {
  const socket = connect(url, botToken);
  const others = { [seat === "A" ? "B" : "A"]: { kind: "bot", strategy: opponent } }; // the game starts once we hold ours
  const game = { scenario: "generals", params: { captureProbability: 0.2, crossingTicks: 2, dawnTick: 20 }, seat, others, tickMs };
  return new Promise<PlayResult>((resolve, reject) => {
    socket.on("connect_error", (err: HandshakeError) => err.data && reject(new Error(`${err.data.code}: ${err.data.message}`)));
    // Play inside the answer's callback, not after an await: the first snapshot (tick 0) follows it.
    socket.once("connect", () =>
      socket.emit("game:create", game, (res: Ack<SeatGrant>) =>
        res.ok ? resolve(playGeneral(socket, res, attackAt)) : reject(new Error(`game:create: ${res.error.code}: ${res.error.message}`)),
      ),
    );
  }).finally(() => socket.disconnect());
}

/** True when this file is the program node was asked to run (not imported by another). */
export const isMain = (url: string) => !!process.argv[1] && url === new URL(`file://${process.argv[1]}`).href;

// Run from the command line: `BOT_TOKEN=bvb_... SERVER_URL=http://localhost:3000 npx tsx general.ts`.
if (isMain(import.meta.url)) {
  const botToken = process.env.BOT_TOKEN;
  if (!botToken) throw new Error("Set BOT_TOKEN to the token your player page showed when you created the bot.");
  play({ url: process.env.SERVER_URL ?? "http://localhost:3000", botToken, seat: process.env.SEAT === "B" ? "B" : "A" }).then(
    (r) => console.log(`game ${r.gameId}: ${r.outcome}, general ${r.seat} scored ${r.score}`),
    (err: Error) => ((process.exitCode = 1), console.error(err.message)),
  );
}
