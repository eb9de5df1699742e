/**
 * A bot in class (docs/bot-api.md, "In class"): it joins a class session with the join code the
 * host shows, sits in the lobby like a student, and plays every seat a round gives it, with the
 * general (general.ts) or the consensus process (process.ts). Its seats arrive as a student's do:
 * in `class:student`, whose `game` names the seat and its token once a round seats it.
 *
 * Run it with `BOT_TOKEN=... CLASS_CODE=ABC234 npm run class` (README.md); it stops when the
 * host ends the session, or after CLASS_GAMES games.
 */
import type { Socket } from "socket.io-client";
import { connect, isMain, playGeneral, request, type PlayResult, type SeatGrant } from "./general";
import { playProcess } from "./process";

/** The parts of a student's view this bot reads. */
interface StudentView {
  status: "open" | "ended";
  round: { number: number; scenario: string } | null;
  game: SeatGrant | null;
}

export interface ClassGameResult extends PlayResult { round: number; scenario: string }

export interface ClassOptions {
  url: string;
  botToken: string;
  /** The session's join code (six characters). */
  code: string;
  /** Stop after this many games; otherwise when the session ends. */
  games?: number;
  onGame?: (result: ClassGameResult) => void;
}

/** How this bot plays a seat of each scenario it knows; a round of another scenario is left to the stand-in. */
const PLAYERS: Record<string, (socket: Socket, grant: SeatGrant) => Promise<PlayResult>> = {
  generals: (socket, grant) => playGeneral(socket, grant),
  consensus: playProcess,
};

/** Joins the session and plays each seat it is given; resolves with the results when done. */
export function runClass({ url, botToken, code, games = Infinity, onGame }: ClassOptions): Promise<ClassGameResult[]> {
  const socket = connect(url, botToken);
  const results: ClassGameResult[] = [];
  /** Seats already being played: every change of the session sends the view again. */
  const seen = new Set<string>();

  return new Promise((resolve, reject) => {
    const done = () => (socket.disconnect(), resolve(results));
    const fail = (err: Error) => (socket.disconnect(), reject(err));
    socket.on("connect_error", (err: Error & { data?: { code: string; message: string } }) => err.data && fail(new Error(`${err.data.code}: ${err.data.message}`)));
    // On every connection: join with the code (no nickname: the bot's own name). Joining again is
    // how a bot comes back; its seat is taken back by the player's own game:resume.
    socket.on("connect", () => request(socket, "class:join", { code }).catch(fail));

    socket.on("class:student", (view: StudentView) => {
      if (view.status === "ended") return done();
      const grant = view.game;
      if (!grant || !view.round || seen.has(grant.gameId)) return;
      seen.add(grant.gameId);
      const play = PLAYERS[view.round.scenario];
      if (!play) return console.warn(`round ${view.round.number}: no strategy for "${view.round.scenario}"; the house stand-in plays`);
      const { number: round, scenario } = view.round;
      // Listen first, then take the seat: its snapshots follow the answer to game:resume.
      const played = play(socket, grant);
      request(socket, "game:resume", { gameId: grant.gameId, seatToken: grant.seatToken }).catch(fail);
      played.then((r) => {
        const result = { ...r, round, scenario };
        results.push(result);
        onGame?.(result);
        if (results.length >= games) done();
      });
    });
  });
}

// Run from the command line: `BOT_TOKEN=bvb_... CLASS_CODE=ABC234 npx tsx class.ts`.
if (isMain(import.meta.url)) {
  const botToken = process.env.BOT_TOKEN;
  const code = process.env.CLASS_CODE;
  if (!botToken || !code) throw new Error("Set BOT_TOKEN (your bot's token) and CLASS_CODE (the code on the host's screen).");
  const games = process.env.CLASS_GAMES ? Number(process.env.CLASS_GAMES) : Infinity;
  const onGame = (r: ClassGameResult) => console.log(`round ${r.round} (${r.scenario}, seat ${r.seat}): ${r.outcome}, scored ${r.score}`);
  console.log(`joining class ${code}...`);
  runClass({ url: process.env.SERVER_URL ?? "http://localhost:3000", botToken, code, games, onGame }).then(
    (all) => console.log(`${all.length} games played`),
    (err: Error) => {
      console.error(err.message);
      process.exitCode = 1;
    },
  );
}
