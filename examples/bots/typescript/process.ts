/**
 * A consensus process that plays through the Bivalent Bot API (docs/bot-api.md).
 *
 * It runs the rotating-coordinator protocol with a failure detector (docs/protocol.md, consensus):
 * round r is coordinated by process (r mod n) + 1, and in each round
 *   1. every process sends its opinion (v_p, t_p) to the coordinator;
 *   2. the coordinator, once a majority of opinions arrived, suggests the value with the largest t_p;
 *   3. every process ACKs the suggestion (adopting it: v_p := v, t_p := r), or NACKs when its
 *      detector suspects the coordinator, then goes on to round r + 1;
 *   4. a coordinator whose first majority of replies are all ACKs decides and tells everyone.
 * The view's `can` says which steps the rules allow now; this bot takes each one as soon as it may.
 * `play` creates a game against house processes; `playProcess` plays a seat granted otherwise
 * (the arena, arena.ts). Run it with `BOT_TOKEN=... npm run process` (README.md).
 */
import type { Socket } from "socket.io-client";
import { connect, connected, createAndPlay, isMain, playSeat, type PlayResult, type SeatGrant } from "./seat";

type Bit = 0 | 1;
type Payload =
  | { kind: "opinion"; round: number; value: Bit; ts: number }
  | { kind: "suggest" | "decide"; round: number; value: Bit }
  | { kind: "ack" | "nack"; round: number };

/** The parts of a process's view this bot reads (docs/protocol.md, "A process's view"). */
interface ProcessView {
  tick: number;
  phase: "running" | "finished";
  params: { n: number; majority: number };
  round: number;
  crashed: boolean;
  inbox: { id: number; from: number; at: number; payload: Payload }[];
  decided: { value: Bit; round: number } | null;
  can: { opinion: boolean; suggest: Bit[]; ack: boolean; nack: boolean; decide: boolean; relay: boolean };
  reveal: { outcome: string; scores: Record<string, number> } | null;
}

/**
 * Step 2, the one choice the protocol leaves to the coordinator, and the one that keeps it safe:
 * among the first majority of this round's opinions, a value with the largest timestamp. If some
 * process already decided v in round r, a majority adopted v with t_p = r; every later majority
 * shares a process with it, so the largest timestamp it shows carries v, and no other value can
 * ever be suggested. (The server offers only such values, except in the sandbox, where this bot
 * still picks the safe one.)
 */
export function suggestion(view: ProcessView): Bit {
  const opinions = view.inbox
    .filter((m) => m.payload.kind === "opinion" && m.payload.round === view.round)
    .sort((a, b) => a.id - b.id)
    .slice(0, view.params.majority);
  let best: { value: Bit; ts: number } | null = null;
  for (const { payload } of opinions) {
    if (payload.kind === "opinion" && (!best || payload.ts > best.ts)) best = payload;
  }
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

/** Plays a process's seat the socket holds until the run ends (call it in the grant's callback). */
export function playProcess(socket: Socket, grant: SeatGrant): Promise<PlayResult> {
  return playSeat(socket, grant, processMoves);
}

export interface PlayOptions {
  url: string;
  botToken: string;
  /** Our process: "p1" ... "pn". */
  seat?: string;
  /** Consensus params (docs/protocol.md): n, detector, crashes, sandbox... */
  params?: { n?: number; sandbox?: boolean; [key: string]: unknown };
  /** Milliseconds per tick, 100 or more: 1000 is human pace. */
  tickMs?: number;
}

/** The default run: five processes, ◇S, one of them crashes at tick 6. */
const DEFAULT_PARAMS = { n: 5, detector: "ES", crashes: [{ process: 3, tick: 6 }] };

/** Creates a run against house processes and plays it to its end; rejects on a refused token or request. */
export async function play({ url, botToken, seat = "p1", params = DEFAULT_PARAMS, tickMs = 200 }: PlayOptions): Promise<PlayResult> {
  const socket = connect(url, botToken);
  try {
    await connected(socket);
    // Every other process is a house bot running the protocol exactly.
    const others: Record<string, object> = {};
    for (let i = 1; i <= (params.n ?? 5); i++) if (`p${i}` !== seat) others[`p${i}`] = { kind: "bot", strategy: "protocol" };
    return await createAndPlay(socket, { scenario: "consensus", params, seat, others, tickMs }, processMoves);
  } finally {
    socket.disconnect();
  }
}

// Run from the command line: `BOT_TOKEN=bvb_... SERVER_URL=http://localhost:3000 npx tsx process.ts`.
if (isMain(import.meta.url)) {
  const botToken = process.env.BOT_TOKEN;
  if (!botToken) throw new Error("Set BOT_TOKEN to the token your player page showed when you created the bot.");
  play({ url: process.env.SERVER_URL ?? "http://localhost:3000", botToken, seat: process.env.SEAT ?? "p1" }).then(
    (r) => console.log(`game ${r.gameId}: ${r.outcome}, process ${r.seat} scored ${r.score}`),
    (err: Error) => {
      console.error(err.message);
      process.exitCode = 1;
    },
  );
}
