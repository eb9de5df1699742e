/**
 * Class sessions over socket.io: the payload schemas (zod, strict, bounded) and the views the
 * server pushes. A host holds the session's host key; a student holds a student token. Both
 * are secrets kept in the browser; a seat in a round's game is then played with the ordinary
 * game events (`game:resume`, `game:move`) and the seat token the student view carries.
 * docs/protocol.md describes each event with examples.
 */
import { z } from "zod";
import type { Ack, GameSnapshot, GameStatus } from "./events";
import { gameIdSchema, joinCodeSchema, nicknameSchema, notOffensive, playerSchema } from "./schemas";
import { skinSchema, type Skin } from "./skins";

export const sessionIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,32}$/, "Not a session id");
/** The host key and student tokens share the seat tokens' shape: 32 URL-safe characters. */
export const classSecretSchema = z.string().regex(/^[A-Za-z0-9_-]{20,64}$/, "Not a session key");

const hostAuth = { sessionId: sessionIdSchema, hostKey: classSecretSchema };

export const hostSessionSchema = z
  .object({ title: notOffensive(z.string().trim().min(1).max(60), "title").default("Class session"), player: playerSchema })
  .strict();
export const watchSessionSchema = z.object(hostAuth).strict();
export const sessionSettingsSchema = z.object({ ...hostAuth, allowLateJoin: z.boolean() }).strict();
export const kickSchema = z.object({ ...hostAuth, studentId: z.string().min(1).max(40) }).strict();
export const roundControlSchema = z.object(hostAuth).strict();
/** The host watches one game of the session's current round (`class:spectate`), or stops (`class:spectate:stop`). */
export const spectateSchema = z.object({ ...hostAuth, gameId: gameIdSchema }).strict();

export const startRoundSchema = z
  .object({
    ...hostAuth,
    scenario: z.string().min(1).max(32),
    /** Checked against the scenario's own parameter schema. */
    params: z.record(z.string().max(64), z.unknown()).default({}),
    /** The seats students take; the others are bots. Defaults to the scenario's players. */
    studentSeats: z.array(z.string().min(1).max(16)).min(1).max(8).optional(),
    /** Bot strategy per seat, for seats no student takes; defaults to each seat's first strategy. */
    bots: z.record(z.string().max(16), z.string().min(1).max(32)).optional(),
    tickMs: z.number().int().min(5).max(10_000).default(1000),
    /**
     * How students' Bot API bots are spread over the games: "shuffled" with the people (the
     * default), or "mixed": dealt evenly over the games first, so that people and bots share them.
     */
    seating: z.enum(["shuffled", "mixed"]).optional(),
    /** Another telling of the scenario for every game of the round (server/protocol/skins.ts). */
    skin: skinSchema.optional(),
  })
  .strict();

/** The presenter: a tick to show, or one step either way. */
export const presenterStepSchema = z
  .object({ ...hostAuth, to: z.union([z.number().int().min(0).max(100_000), z.enum(["next", "previous"])]) })
  .strict();
/** A student's answer to the presenter's open question. */
export const answerSchema = z
  .object({ sessionId: sessionIdSchema, studentToken: classSecretSchema, questionId: z.string().min(1).max(40), option: z.string().min(1).max(16) })
  .strict();

export const joinSessionSchema = z.object({ code: joinCodeSchema, player: playerSchema }).strict();
/** `class:join` from a Bot API socket: the code only; the bot joins under its own name. */
export const botJoinSessionSchema = z.object({ code: joinCodeSchema }).strict();
export const rejoinSessionSchema = z.object({ sessionId: sessionIdSchema, studentToken: classSecretSchema }).strict();

export { nicknameSchema };

export type HostSessionPayload = z.input<typeof hostSessionSchema>;
export type WatchSessionPayload = z.input<typeof watchSessionSchema>;
export type SessionSettingsPayload = z.input<typeof sessionSettingsSchema>;
export type KickPayload = z.input<typeof kickSchema>;
export type RoundControlPayload = z.input<typeof roundControlSchema>;
export type SpectatePayload = z.input<typeof spectateSchema>;
export type StartRoundPayload = z.input<typeof startRoundSchema>;
export type JoinSessionPayload = z.input<typeof joinSessionSchema>;
export type PresenterStepPayload = z.input<typeof presenterStepSchema>;
export type AnswerPayload = z.input<typeof answerSchema>;
export type RejoinSessionPayload = z.input<typeof rejoinSessionSchema>;

/** Answer to `class:host` and `class:watch`. */
export interface HostGrant {
  sessionId: string;
  code: string;
  /** The host's secret: whoever holds it controls the session. */
  hostKey: string;
}

/** Answer to `class:join` and `class:rejoin`. */
export interface StudentGrant {
  sessionId: string;
  studentId: string;
  /** The student's secret: it gets the same seat back after a reload. */
  studentToken: string;
}

export type RoundStatus = "running" | "paused" | "ended";

/** What every finished game of a round contributes to the class's charts. */
export interface GameMetrics {
  outcome: string;
  /** Generals and Lovers: both committed together (attack / date). Consensus: every correct process decided, safely. */
  success: boolean;
  /** An unsafe end: a lone attack or lone date; a consensus run that broke Agreement or Validity. */
  unsafe: boolean;
  /** Messages sent by the players (messengers, SMS, protocol messages). */
  messages: number;
  /** Generals and Lovers: the deepest knowledge rung reached by either player. */
  depth: number | null;
  /** Consensus: the round of the last decision, if every correct process decided. */
  roundsToDecide: number | null;
  /** Consensus: whether the checker passed every property. */
  verdictOk: boolean | null;
  /**
   * The scenario's own figures beyond these, for its own class chart and debrief (Scenario.classFigures;
   * Falcon: the operator's timeout, what it got, and the reference detectors on the same faults).
   * The host's only, like every GameMetrics: a student's view carries none.
   */
  detail?: object;
  /** Bot strategies in the game, by seat (strategy against outcome). */
  strategies: Record<string, string>;
  /**
   * Who played each seat and what it scored (seats are told their scores at the end anyway):
   * the debrief compares people, students' bots and house bots. Absent in older metrics.
   */
  seatKinds?: SeatKindScore[];
  /**
   * The host ended the round with "End now" before this game was over, and stand-in bots played
   * the rest in the students' seats: its end is not the students' own. The class charts and
   * tallies leave such games out (and say how many).
   */
  botFinished: boolean;
}

/** Who plays a seat: a person, a student's Bot API bot, or one of the house's bots. */
export type SeatKind = "person" | "studentBot" | "house";

export interface SeatKindScore {
  seat: string;
  kind: SeatKind;
  score: number;
}

export interface GroupSeat {
  seat: string;
  /** A student's nickname, or a bot's strategy. */
  name: string;
  kind: "student" | "bot";
  studentId: string | null;
  /** The student is connected now. */
  connected: boolean;
  /** A bot plays the seat because its student left for longer than the grace period. */
  standIn: boolean;
  /** The student is a Bot API bot (docs/bot-api.md, "In class"). */
  studentBot: boolean;
}

export interface GroupProgress {
  /** 1-based. */
  group: number;
  gameId: string;
  status: "running" | "paused" | "finished";
  tick: number;
  /** The tick at which the game ends at the latest. */
  lastTick: number;
  seats: GroupSeat[];
  /** Present once the game has finished. */
  metrics: GameMetrics | null;
}

export interface RoundView {
  number: number;
  scenario: string;
  /**
   * The host gets the round's params in full. A student gets them as the scenario announces them
   * to the student's seat (`Scenario.disclosure.announcedParams`; in the lobby, what a player
   * seat is told): never GST, a crash schedule, the inputs, the adversary or the lucky night.
   */
  params: Record<string, unknown>;
  tickMs: number;
  /** The telling every game of the round is told in (server/protocol/skins.ts); absent for the scenario's own. */
  skin?: Skin;
  status: RoundStatus;
  /** Epoch milliseconds; with pausedMs, the round clock every screen shows. */
  startedAt: number;
  /** Milliseconds spent paused so far (including the current pause). */
  pausedMs: number;
  endedAt: number | null;
}

export interface StudentSummary {
  id: string;
  nickname: string;
  connected: boolean;
  /** A Bot API bot that joined with the code, with its owner's nickname (null if unknown). */
  bot: { owner: string | null } | null;
}

/** "stepping": the host moves through the game; "asking": a question is open; "revealed": its answer is told. */
export type PresenterPhase = "stepping" | "asking" | "revealed";
/** Why the server chose the game: an unsafe end, a two-worlds moment that raised knowledge, the longest undecided run. */
export type PresenterReason = "unsafe" | "two-worlds" | "undecided";

export interface PresenterOption {
  id: string;
  label: string;
}

/** The presenter debrief on the host's dashboard (null when none runs). */
export interface PresenterView {
  /** The ended round it shows. */
  round: number;
  /** The chosen game (its replay is /games/<gameId>). */
  gameId: string;
  group: number;
  reason: PresenterReason;
  /** The tick on the projector; nothing after it is drawn. */
  tick: number;
  endTick: number;
  /** The moment of decision the scenario suggests asking at. */
  askAt: number;
  phase: PresenterPhase;
  /** The last question asked, with the live answer counts (students still in the session only). */
  question: {
    id: string;
    /** The tick it was asked at. */
    tick: number;
    prompt: string;
    options: PresenterOption[];
    /** Option id → answers. */
    counts: Record<string, number>;
    answered: number;
    /** Students in the session (not kicked) now, people only (a student's bot cannot answer). */
    students: number;
    /** Once revealed: what happened, and the option the game proved right (if one did). */
    reveal: { text: string; correct: string | null } | null;
  } | null;
}

/** The presenter's question on a student's phone: no more than the projector shows, until the reveal. */
export interface StudentQuestion {
  id: string;
  prompt: string;
  options: PresenterOption[];
  /** The option this student chose, if any. */
  yourAnswer: string | null;
  /** Answers are taken. */
  open: boolean;
  /** Only after the host revealed: what happened, the right option (if any), what the student's choice led to. */
  reveal: { text: string; correct: string | null; yourOutcome: string | null } | null;
}

/** What the host's screens get (`class:dashboard`), after every change (at most 4 per second). */
export interface HostView {
  sessionId: string;
  code: string;
  title: string;
  status: "open" | "ended";
  allowLateJoin: boolean;
  students: StudentSummary[];
  /** The current or last round with its groups, or null before the first round. */
  round: (RoundView & { groups: GroupProgress[] }) | null;
  /** Every round so far, oldest first. */
  rounds: { number: number; scenario: string; status: RoundStatus; games: number; finished: number }[];
  /** The presenter debrief, while one runs. */
  presenter: PresenterView | null;
}

/** What a student's screen gets (`class:student`): never anything about other groups. */
export interface StudentView {
  sessionId: string;
  code: string;
  title: string;
  status: "open" | "ended";
  you: { id: string; nickname: string };
  round: RoundView | null;
  /** The student's seat in the current round's game, or null while waiting in the lobby. */
  game: { gameId: string; seat: string; seatToken: string } | null;
  /** The presenter's last question, while a presenter debrief runs. */
  question: StudentQuestion | null;
}

/**
 * What a spectating host gets (`class:spectator`), on every change of the game: its public
 * progress, and for each of its player seats held by a student, that seat's own snapshot exactly
 * as the seat's socket last got it (or would get it now). Never an adversary's seat, a bot's
 * seat, hidden parameters or anything ahead of the game's clock.
 */
export interface SpectatorView {
  sessionId: string;
  gameId: string;
  /** 1-based, as on the dashboard. */
  group: number;
  status: GameStatus;
  tick: number;
  lastTick: number;
  /** One per student player seat, in seat order. */
  seats: GameSnapshot[];
}

export interface ClassClientEvents {
  "class:host": (payload: HostSessionPayload, ack?: (res: Ack<HostGrant>) => void) => void;
  "class:watch": (payload: WatchSessionPayload, ack?: (res: Ack<HostGrant>) => void) => void;
  "class:settings": (payload: SessionSettingsPayload, ack?: (res: Ack) => void) => void;
  "class:kick": (payload: KickPayload, ack?: (res: Ack) => void) => void;
  "class:round:start": (payload: StartRoundPayload, ack?: (res: Ack<{ round: number }>) => void) => void;
  "class:round:pause": (payload: RoundControlPayload, ack?: (res: Ack) => void) => void;
  "class:round:resume": (payload: RoundControlPayload, ack?: (res: Ack) => void) => void;
  "class:round:end": (payload: RoundControlPayload, ack?: (res: Ack) => void) => void;
  "class:end": (payload: RoundControlPayload, ack?: (res: Ack) => void) => void;
  "class:presenter:start": (payload: RoundControlPayload, ack?: (res: Ack<{ gameId: string }>) => void) => void;
  "class:presenter:step": (payload: PresenterStepPayload, ack?: (res: Ack<{ tick: number }>) => void) => void;
  "class:presenter:ask": (payload: RoundControlPayload, ack?: (res: Ack<{ questionId: string }>) => void) => void;
  "class:presenter:reveal": (payload: RoundControlPayload, ack?: (res: Ack) => void) => void;
  "class:presenter:close": (payload: RoundControlPayload, ack?: (res: Ack) => void) => void;
  "class:answer": (payload: AnswerPayload, ack?: (res: Ack) => void) => void;
  "class:join": (payload: JoinSessionPayload, ack?: (res: Ack<StudentGrant>) => void) => void;
  "class:rejoin": (payload: RejoinSessionPayload, ack?: (res: Ack<StudentGrant>) => void) => void;
  "class:spectate": (payload: SpectatePayload, ack?: (res: Ack<{ gameId: string }>) => void) => void;
  "class:spectate:stop": (payload: SpectatePayload, ack?: (res: Ack) => void) => void;
}

export interface ClassServerEvents {
  "class:dashboard": (view: HostView) => void;
  "class:student": (view: StudentView) => void;
  /** The host removed this student; the socket is disconnected after it. */
  "class:kicked": (info: { sessionId: string; message: string }) => void;
  /** A game the host spectates changed (after `class:spectate`, until `class:spectate:stop`). */
  "class:spectator": (view: SpectatorView) => void;
}
