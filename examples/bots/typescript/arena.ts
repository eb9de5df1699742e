/**
 * An arena bot (docs/bot-api.md, "The arena"): it waits in the arena's queues, and whenever the
 * server seats it in a match (`arena:match`) it plays that seat with the example strategy of the
 * match's scenario: the general (general.ts) or the consensus process (process.ts). Each match is
 * played on one of the scenario's arena nights, and judged against the house's score on that same
 * night (par); the arena's ratings say how the bot does against par.
 *
 * Run it with `BOT_TOKEN=... npm run arena` (README.md); ARENA_MATCHES=N stops after N matches.
 */
import type { Socket } from "socket.io-client";
import { connect, isMain, playGeneral, request, type PlayResult, type SeatGrant } from "./general";
import { playProcess } from "./process";

/** What the server tells a bot it seated (its socket already holds the seat). */
interface MatchNotice extends SeatGrant {
  matchId: string;
  scenario: string;
  /** Which night of its cycle this is, from 0 (the pages show night + 1). */
  night: number;
}

export interface MatchResult extends PlayResult { matchId: string; scenario: string; night: number }

export interface ArenaOptions {
  url: string;
  botToken: string;
  /** Stop after this many matches (the last ones are played to their end); unlimited by default. */
  matches?: number;
  /** The queues to wait in: the scenarios this bot can play. */
  scenarios?: string[];
  /** Told of every finished match (the command line prints it). */
  onMatch?: (result: MatchResult) => void;
}

/** How this bot plays a seat of each scenario it knows. */
const PLAYERS: Record<string, (socket: Socket, grant: SeatGrant) => Promise<PlayResult>> = {
  generals: (socket, grant) => playGeneral(socket, grant),
  consensus: playProcess,
};

/** Plays arena matches until `matches` are over; resolves with their results, in the order they ended. */
export function runArena({ url, botToken, matches = Infinity, scenarios = ["generals", "consensus"], onMatch }: ArenaOptions): Promise<MatchResult[]> {
  const unknown = scenarios.find((id) => !PLAYERS[id]);
  if (unknown) return Promise.reject(new Error(`This bot has no strategy for "${unknown}"`));
  const socket = connect(url, botToken);
  const results: MatchResult[] = [];
  let started = 0;

  return new Promise<MatchResult[]>((resolve, reject) => {
    const fail = (err: Error) => (socket.disconnect(), reject(err));
    socket.on("connect_error", (err: Error & { data?: { code: string; message: string } }) => err.data && fail(new Error(`${err.data.code}: ${err.data.message}`)));

    // On every connection (a reconnection leaves the queues): wait in ours, unless we are done.
    socket.on("connect", () => {
      if (started < matches) request(socket, "arena:join", { scenarios }).catch(fail);
    });

    // Seated: play at once, in this handler (the seat's first snapshot follows right after it).
    socket.on("arena:match", (notice: MatchNotice) => {
      started++;
      // The last match we want has begun: out of the queues, so no other one is scheduled.
      if (started === matches) request(socket, "arena:leave", {}).catch(fail);
      PLAYERS[notice.scenario](socket, notice).then((played) => {
        const result = { ...played, matchId: notice.matchId, scenario: notice.scenario, night: notice.night };
        results.push(result);
        onMatch?.(result);
        if (results.length >= matches) {
          socket.disconnect();
          resolve(results);
        }
      });
    });
  });
}

// Run from the command line: `BOT_TOKEN=bvb_... SERVER_URL=http://localhost:3000 npx tsx arena.ts`.
if (isMain(import.meta.url)) {
  const botToken = process.env.BOT_TOKEN;
  if (!botToken) throw new Error("Set BOT_TOKEN to the token your player page showed when you created the bot.");
  const matches = process.env.ARENA_MATCHES ? Number(process.env.ARENA_MATCHES) : Infinity;
  const onMatch = (r: MatchResult) => console.log(`match ${r.matchId} (${r.scenario}, night ${r.night + 1}, seat ${r.seat}): ${r.outcome}, scored ${r.score}`);
  console.log(`waiting in the arena of ${process.env.SERVER_URL ?? "http://localhost:3000"}...`);
  runArena({ url: process.env.SERVER_URL ?? "http://localhost:3000", botToken, matches, onMatch }).then(
    (all) => console.log(`${all.length} matches played`),
    (err: Error) => {
      console.error(err.message);
      process.exitCode = 1;
    },
  );
}
