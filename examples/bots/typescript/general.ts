/**
 * A Two Generals general that plays through the Bivalent Bot API (docs/bot-api.md).
 *
 * It keeps a chain of messengers going (a new one whenever news arrived, or when the last one has
 * had time to come back) and attacks once its knowledge depth reaches `attackAt`. `play` creates a
 * game against a house bot; `playGeneral` plays a seat granted otherwise (the arena, arena.ts).
 * Run it with `BOT_TOKEN=... npm run general` (README.md).
 */
import type { Socket } from "socket.io-client";
import { connect, connected, createAndPlay, isMain, playSeat, type PlayResult, type SeatGrant } from "./seat";

export type { PlayResult } from "./seat";

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

/**
 * The strategy of one game: this tick's moves for a view. At most one messenger per tick, and one
 * commitment per game (`committed` is this game's memory; a new game needs a new strategy).
 */
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

/** Plays a general's seat the socket holds until dawn (call it in the grant's callback). */
export function playGeneral(socket: Socket, grant: SeatGrant, attackAt = 2): Promise<PlayResult> {
  return playSeat(socket, grant, generalStrategy(attackAt));
}

export interface PlayOptions {
  url: string;
  botToken: string;
  /** "A" has the plan; "B" waits for it. */
  seat?: "A" | "B";
  /** The house bot in the other general's seat (a Two Generals strategy name). */
  opponent?: string;
  /** Milliseconds per tick, 100 or more: 1000 is human pace. */
  tickMs?: number;
  /** Attack once this many links of the chain are known to have got through. */
  attackAt?: number;
}

/** Creates a game against a house bot and plays it to its end; rejects on a refused token or request. */
export async function play({ url, botToken, seat = "A", opponent = "acknowledged", tickMs = 200, attackAt = 2 }: PlayOptions): Promise<PlayResult> {
  const socket = connect(url, botToken);
  try {
    await connected(socket);
    // House bots in every other seat; the game starts once we hold ours.
    const game = {
      scenario: "generals",
      params: { captureProbability: 0.2, crossingTicks: 2, dawnTick: 20 },
      seat,
      others: { [seat === "A" ? "B" : "A"]: { kind: "bot", strategy: opponent } },
      tickMs,
    };
    return await createAndPlay(socket, game, generalStrategy(attackAt));
  } finally {
    socket.disconnect();
  }
}

// Run from the command line: `BOT_TOKEN=bvb_... SERVER_URL=http://localhost:3000 npx tsx general.ts`.
if (isMain(import.meta.url)) {
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
