/**
 * A consensus process for the Bivalent Bot API (docs/bot-api.md), complete in this one file
 * (general.ts repeats its seat loop on purpose: each example is a standalone program). It runs the
 * rotating-coordinator protocol with a failure detector (docs/protocol.md, consensus): round r is
 * coordinated by process (r mod n) + 1, and in each round
 *   1. every process sends its opinion (v_p, t_p) to the coordinator;
 *   2. the coordinator, once a majority of opinions arrived, suggests the value with the largest t_p;
 *   3. every process ACKs the suggestion (adopting it: v_p := v, t_p := r), or NACKs when its
 *      detector suspects the coordinator, then goes on to round r + 1;
 *   4. a coordinator whose first majority of replies are all ACKs decides and tells everyone.
 * The view's `can` says which steps the rules allow now; this bot takes each one as soon as it may.
 * `play` creates a run against house processes, `playProcess` plays a seat granted otherwise
 * (arena.ts, class.ts). Run it: `BOT_TOKEN=... npm run process` (README.md).
 */
import { io, type Socket } from "socket.io-client";

type Ack<T> = ({ ok: true } & T) | { ok: false; error: { code: string; message: string } };
/** A seat granted (`game:create`, `game:resume`, `arena:match`), then how its game ended for it. */
export interface SeatGrant { gameId: string; seat: string; seatToken: string }
export interface PlayResult { gameId: string; seat: string; outcome: string; score: number; reveal: object }
type HandshakeError = Error & { data?: { code: string; message: string } };
type Bit = 0 | 1;
/** The parts of a process's view this bot reads (docs/protocol.md, "A process's view"). */
interface ProcessView {
  tick: number; round: number;
  phase: string; crashed: boolean;
  params: { majority: number };
  // Messages received; value and ts are set on opinions, the only ones this bot reads.
  inbox: { id: number; payload: { kind: string; round: number; value: Bit; ts: number } }[];
  can: { opinion: boolean; suggest: Bit[]; ack: boolean; nack: boolean; decide: boolean; relay: boolean };
  reveal: { outcome: string; scores: Record<string, number> } | null;
}
/** One seat's snapshot: `seq` numbers them 1, 2, 3...; `view` is the seat's whole view. */
interface Snapshot { gameId: string; seat: string; seq: number; status: string; view: ProcessView | null }

/**
 * Step 2, the choice that keeps consensus safe: among the first majority of this round's opinions,
 * a value with the largest timestamp. If some process decided v in round r, a majority adopted v
 * with t_p = r; every later majority shares a process with it, so its largest timestamp carries v.
 */
export function suggestion(view: ProcessView): Bit {
  const opinions = view.inbox
    .filter((m) => m.payload.kind === "opinion" && m.payload.round === view.round)
    .sort((a, b) => a.id - b.id)
    .slice(0, view.params.majority);
  let best: { value: Bit; ts: number } | null = null;
  for (const { payload } of opinions) if (!best || payload.ts > best.ts) best = payload;
  return best && view.can.suggest.includes(best.value) ? best.value : view.can.suggest[0];
}

/** This tick's moves: every step the rules allow now, in the protocol's order. */
export function processMoves(view: ProcessView): object[] {
  const { can } = view;
  if (view.crashed || view.phase !== "running") return []; // a crashed process takes no step
  const moves: object[] = [];
  // Step 4: decide (which sends DECIDE to all); or pass on a DECIDE we received, once.
  if (can.decide) moves.push({ type: "decide" });
  else if (can.relay) moves.push({ type: "relay" });
  if (can.opinion) moves.push({ type: "opinion" }); // step 1
  if (can.suggest.length > 0) moves.push({ type: "suggest", value: suggestion(view) }); // step 2
  // Step 3: ACK the suggestion, or NACK a suspected coordinator; then round r + 1 opens with our opinion.
  if (can.ack || can.nack) moves.push({ type: "reply", ack: can.ack }, { type: "opinion" });
  return moves;
}

/** Sends a request and waits for its answer; a refusal becomes an Error with its code. */
function request<T>(socket: Socket, event: string, payload: object): Promise<T> {
  return new Promise<T>((resolve, reject) =>
    socket.emit(event, payload, (res: Ack<T>) => (res.ok ? resolve(res) : reject(new Error(`${event}: ${res.error.code}: ${res.error.message}`)))),
  );
}

/**
 * Plays a seat the socket holds until the run ends; call it in the grant's callback (snapshots
 * follow it). Every tick it sends its moves, or a pass, so the house's stand-in does not play it.
 */
export function playProcess(socket: Socket, { gameId, seatToken }: SeatGrant): Promise<PlayResult> {
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
      const moves = processMoves(view);
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

/** seat: "p1" ... "pn"; params (docs/protocol.md): n, detector, crashes, sandbox...; tickMs: 100 or more. */
export interface PlayOptions { url: string; botToken: string; seat?: string; params?: { n?: number; [key: string]: unknown }; tickMs?: number }
const DEFAULT_PARAMS = { n: 5, detector: "ES", crashes: [{ process: 3, tick: 6 }] }; // ◇S; p3 crashes at tick 6

/** Creates a run against house processes and plays it to its end; rejects on a refused token or request. */
export function play({ url, botToken, seat = "p1", params = DEFAULT_PARAMS, tickMs = 200 }: PlayOptions): Promise<PlayResult> {
  // Our bot's socket: the token goes in the handshake; socket.io reconnects by itself.
  const socket = io(url, { auth: { botToken }, transports: ["websocket"] });
  const others: Record<string, object> = {}; // every other process is a house bot running the protocol
  for (let i = 1; i <= (params.n ?? 5); i++) if (`p${i}` !== seat) others[`p${i}`] = { kind: "bot", strategy: "protocol" };
  return new Promise<PlayResult>((resolve, reject) => {
    // A refused token carries its code in err.data (and is not retried); anything else is retried.
    socket.on("connect_error", (err: HandshakeError) =>
      err.data ? reject(new Error(`${err.data.code}: ${err.data.message}`)) : console.warn(`cannot reach ${url} (${err.message}): retrying`),
    );
    // Play inside the answer's callback, not after an await: the first snapshot (tick 0) follows it.
    socket.once("connect", () =>
      socket.emit("game:create", { scenario: "consensus", params, seat, others, tickMs }, (res: Ack<SeatGrant>) =>
        res.ok ? resolve(playProcess(socket, res)) : reject(new Error(`game:create: ${res.error.code}: ${res.error.message}`)),
      ),
    );
  }).finally(() => socket.disconnect());
}

// Run from the command line: `BOT_TOKEN=bvb_... SERVER_URL=http://localhost:3000 npx tsx process.ts`.
if (!!process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const botToken = process.env.BOT_TOKEN;
  if (!botToken) throw new Error("Set BOT_TOKEN to the token your player page showed when you created the bot.");
  play({ url: process.env.SERVER_URL ?? "http://localhost:3000", botToken, seat: process.env.SEAT ?? "p1" }).then(
    (r) => console.log(`game ${r.gameId}: ${r.outcome}, process ${r.seat} scored ${r.score}`),
    (err: Error) => ((process.exitCode = 1), console.error(err.message)),
  );
}
