/**
 * What every example bot shares (docs/bot-api.md): connecting with a bot token, asking the server
 * something, and playing one seat it granted, tick by tick, until the game is over. A strategy is
 * just a function from the seat's view to this tick's moves: general.ts and process.ts are two.
 */
import { io, type Socket } from "socket.io-client";

/** The answer to every request: { ok: true, ... } or { ok: false, error }. */
export type Ack<T> = ({ ok: true } & T) | { ok: false; error: { code: string; message: string } };

/** What `game:create`, `game:resume` and `arena:match` give: the seat and its credential. */
export interface SeatGrant { gameId: string; seat: string; seatToken: string }

/** The parts of every scenario's view this loop reads; the strategy reads the rest. */
export interface BaseView {
  tick: number;
  phase: "running" | "finished";
  reveal: { outcome: string; scores: Record<string, number> } | null;
}

interface Snapshot<V> {
  gameId: string;
  seat: string;
  /** This seat's snapshot number: 1, 2, 3... */
  seq: number;
  status: "waiting" | "starting" | "running" | "paused" | "finished";
  view: V | null;
}

/** How a game ended for our seat; `reveal` is the whole of it (its shape is the scenario's). */
export interface PlayResult { gameId: string; seat: string; outcome: string; score: number; reveal: object }

/** This tick's moves for a view; an empty list means "nothing to do" (the loop then passes). */
export type Strategy<V> = (view: V) => object[];

/** A socket that is our bot: the token goes in the handshake. `reconnection` is socket.io's own. */
export function connect(url: string, botToken: string): Socket {
  const socket = io(url, { auth: { botToken }, transports: ["websocket"] });
  // A refused handshake (BAD_BOT_TOKEN...) carries its code in err.data; the client will not retry it.
  socket.on("connect_error", (err: Error & { data?: { code: string; message: string } }) => {
    if (!err.data) console.warn(`cannot reach ${url} (${err.message}): retrying`);
  });
  return socket;
}

/** Sends a request and waits for its answer; a refusal becomes an Error with its code. */
export function request<T>(socket: Socket, event: string, payload: object): Promise<T> {
  return new Promise<T>((resolve, reject) =>
    socket.emit(event, payload, (res: Ack<T>) => (res.ok ? resolve(res) : reject(new Error(`${event}: ${res.error.code}: ${res.error.message}`)))),
  );
}

/** Resolves once the socket is connected, or rejects with the handshake's refusal. */
export function connected(socket: Socket): Promise<void> {
  if (socket.connected) return Promise.resolve();
  return new Promise((resolve, reject) => {
    socket.once("connect", () => resolve());
    socket.on("connect_error", (err: Error & { data?: { code: string; message: string } }) => {
      if (err.data) reject(new Error(`${err.data.code}: ${err.data.message}`));
    });
  });
}

/**
 * Plays a seat the socket already holds until its game finishes. Call it as soon as the grant
 * arrives (in the same callback): the seat's snapshots follow right after it.
 *
 * Every tick the bot sends its moves, or `{ type: "pass" }` when it has none: the server then
 * knows it has played that tick and does not send its stand-in (docs/bot-api.md, the deadline).
 */
export function playSeat<V extends BaseView>(socket: Socket, grant: SeatGrant, strategy: Strategy<V>): Promise<PlayResult> {
  const { gameId, seatToken } = grant;
  let lastTick = -1;
  /** Moves sent and not yet answered: a snapshot that left before they landed does not show them. */
  let inFlight = 0;
  /**
   * The answer to a move comes first, then the snapshot that shows it, numbered higher than the
   * answer's `seq`: a snapshot numbered `shownAfter` or lower does not show our last move yet.
   */
  let shownAfter = 0;
  /** The newest snapshot: looked at again when a refused move's answer comes back. */
  let latest: Snapshot<V> | null = null;

  return new Promise<PlayResult>((resolve) => {
    // After a lost connection, take the seat back by its token (snapshots missed are not needed).
    const onConnect = () => {
      shownAfter = 0; // a restarted server numbers snapshots from 1 again
      request(socket, "game:resume", { gameId, seatToken }).catch((err: Error) => console.warn(err.message));
    };

    // Every snapshot is the seat's whole view: no need to remember earlier ones.
    const onSnapshot = (snap: Snapshot<V>) => {
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
      // Nothing to do this tick: say so, so the server does not play this tick in our place.
      if (moves.length === 0) moves.push({ type: "pass" });
      for (const m of moves) send(m);
    };

    const send = (m: object) => {
      // A pass changes no view: no snapshot has to wait for it.
      const counted = (m as { type: string }).type !== "pass";
      if (counted) inFlight++;
      // Moves apply at the tick they reach the server; a refused one (TOO_SOON...) changes nothing.
      request<{ seq: number }>(socket, "game:move", { gameId, seatToken, move: m })
        .then((res) => counted && (shownAfter = Math.max(shownAfter, res.seq)))
        // GAME_OVER: the game ended while the move travelled; nothing to say.
        .catch((err: Error) => err.message.includes(": GAME_OVER:") || console.warn(err.message))
        .finally(() => {
          // A tick we skipped while waiting is played now, if the newest view already shows everything.
          if (counted && --inFlight === 0 && latest) onSnapshot(latest);
        });
    };
    socket.on("game:snapshot", onSnapshot).on("connect", onConnect);
  });
}

/**
 * Creates a game (`game:create`) and plays the seat it grants. playSeat starts inside the answer's
 * callback, not after an `await`: the seat's first snapshot may be handled before an awaited
 * promise resumes, and it is the one of tick 0.
 */
export function createAndPlay<V extends BaseView>(socket: Socket, game: object, strategy: Strategy<V>): Promise<PlayResult> {
  return new Promise((resolve, reject) =>
    socket.emit("game:create", game, (res: Ack<SeatGrant>) =>
      res.ok ? resolve(playSeat(socket, res, strategy)) : reject(new Error(`game:create: ${res.error.code}: ${res.error.message}`)),
    ),
  );
}

/** True when this file is the program node was asked to run (not imported by another). */
export const isMain = (url: string) => !!process.argv[1] && url === new URL(`file://${process.argv[1]}`).href;
