/**
 * A Two Generals general that plays through the Bivalent Bot API (docs/bot-api.md).
 *
 * It creates a game against a house bot, then answers every snapshot of its seat: it keeps a
 * chain of messengers going (a new one whenever news arrived, or when the last one has had time
 * to come back) and attacks once its knowledge depth reaches `attackAt`. Run it with
 * `BOT_TOKEN=... npm start` (README.md), or import `play` from another program.
 */
import { io, type Socket } from "socket.io-client";

/** The parts of a general's view this bot reads (docs/bot-api.md "The seat's view"). */
interface GeneralView {
  seat: "A" | "B";
  tick: number;
  phase: "running" | "finished";
  params: { crossingTicks: number; dawnTick: number };
  sent: { id: number; acked: number; sentAt: number }[];
  received: { id: number; acked: number; arrivedAt: number }[];
  knowledge: { depth: number };
  can: { sendPlan: boolean; sendAck: boolean; commit: boolean };
  reveal: { outcome: string; scores: Record<string, number> } | null;
}

interface Snapshot {
  gameId: string;
  seat: string;
  status: "waiting" | "starting" | "running" | "paused" | "finished";
  view: GeneralView | null;
  saved?: boolean;
}

type Ack<T> = ({ ok: true } & T) | { ok: false; error: { code: string; message: string } };
interface SeatGrant { gameId: string; seat: string; seatToken: string }

export interface PlayOptions {
  url: string;
  botToken: string;
  /** "A" has the plan; "B" waits for it. */
  seat?: "A" | "B";
  /** The house bot in the other general's seat (a Two Generals strategy name). */
  opponent?: string;
  /** Milliseconds per tick, 50 or more: 1000 is human pace; a bot can go much faster. */
  tickMs?: number;
  /** Attack once this many links of the chain are known to have got through. */
  attackAt?: number;
}

export interface PlayResult { gameId: string; seat: string; outcome: string; score: number }

/** Plays one game to its end; rejects on a refused token or request. */
export function play({ url, botToken, seat = "A", opponent = "acknowledged", tickMs = 200, attackAt = 2 }: PlayOptions): Promise<PlayResult> {
  // The token goes in the handshake: the server knows this socket is our bot from then on.
  const socket: Socket = io(url, { auth: { botToken }, transports: ["websocket"] });
  let grant: SeatGrant | null = null;
  let lastTick = -1;
  /** Moves sent and not yet answered: a snapshot that left before they landed does not show them. */
  let inFlight = 0;
  let committed = false;

  // Every request answers through an acknowledgement: { ok: true, ... } or { ok: false, error }.
  const request = <T>(event: string, payload: object) =>
    new Promise<T>((resolve, reject) =>
      socket.emit(event, payload, (res: Ack<T>) => (res.ok ? resolve(res) : reject(new Error(`${event}: ${res.error.code}: ${res.error.message}`)))),
    );

  /** This tick's moves: at most one messenger per tick, and one commitment per game. */
  function movesFor(view: GeneralView): object[] {
    const moves: object[] = [];
    if (view.can.commit && !committed && view.knowledge.depth >= attackAt) {
      committed = true; // once: a snapshot already on its way may not show the commitment yet
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
  }

  return new Promise<PlayResult>((resolve, reject) => {
    const fail = (err: Error) => (socket.disconnect(), reject(err));
    // A refused handshake (BAD_BOT_TOKEN...) carries its code in err.data; the client will not retry it.
    socket.on("connect_error", (err: Error & { data?: { code: string; message: string } }) => {
      if (err.data) fail(new Error(`${err.data.code}: ${err.data.message}`));
      else console.warn(`cannot reach ${url} (${err.message}): retrying`);
    });

    socket.on("connect", () => {
      // First connection: create the game. After a reconnection: take our seat back by its token.
      const [event, payload] = grant
        ? ["game:resume", { gameId: grant.gameId, seatToken: grant.seatToken }]
        : ["game:create", {
            scenario: "generals",
            params: { captureProbability: 0.2, crossingTicks: 2, dawnTick: 20 },
            seat,
            others: { [seat === "A" ? "B" : "A"]: { kind: "bot", strategy: opponent } },
            tickMs,
          }];
      // The grant is kept at once, in the callback: the seat's first snapshot follows right after it.
      socket.emit(event, payload, (res: Ack<SeatGrant>) => (res.ok ? (grant = res) : fail(new Error(`${event}: ${res.error.code}: ${res.error.message}`))));
    });

    /** The latest running view: a tick that comes while our moves are on their way is answered after them. */
    let latest: GeneralView | null = null;
    function act(): void {
      if (!grant || !latest || latest.tick === lastTick || inFlight > 0) return;
      lastTick = latest.tick;
      const { gameId, seatToken } = grant;
      // Moves apply at the tick they reach the server; a refused one (TOO_SOON...) changes nothing.
      // Nothing to do this tick: say so with a pass, or at the tick's end a stand-in plays for us.
      const moves = movesFor(latest);
      for (const move of moves.length ? moves : [{ type: "pass" }]) {
        inFlight++;
        request("game:move", { gameId, seatToken, move })
          .catch((err: Error) => console.warn(err.message))
          .finally(() => { inFlight--; act(); });
      }
    }

    // Every snapshot is the seat's whole view: no need to remember earlier ones.
    socket.on("game:snapshot", (snap: Snapshot) => {
      if (!grant || snap.gameId !== grant.gameId || !snap.view) return;
      const view = snap.view;
      if (snap.status === "finished" && view.reveal) {
        socket.disconnect();
        return resolve({ gameId: snap.gameId, seat: snap.seat, outcome: view.reveal.outcome, score: view.reveal.scores[snap.seat] ?? 0 });
      }
      if (snap.status !== "running") return;
      latest = view;
      act();
    });
  });
}

// Run from the command line: `BOT_TOKEN=bvb_... SERVER_URL=http://localhost:3000 npx tsx general.ts`.
if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const botToken = process.env.BOT_TOKEN;
  if (!botToken) throw new Error("Set BOT_TOKEN to the token your player page showed when you created the bot.");
  play({ url: process.env.SERVER_URL ?? "http://localhost:3000", botToken, seat: process.env.SEAT === "B" ? "B" : "A" }).then(
    (r) => console.log(`game ${r.gameId}: ${r.outcome}, general ${r.seat} scored ${r.score}`),
    (err: Error) => {
      console.error(err.message);
      process.exitCode = 1;
    },
  );
}
