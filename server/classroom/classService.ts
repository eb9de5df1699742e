/**
 * Class sessions' use cases, free of sockets: hosting, joining, kicking, rounds (start, pause,
 * resume, end), presence with a grace period before a bot stands in, and pushing views.
 * Host requests carry the host key; only its SHA-256 is kept. Payloads arrive already shaped by
 * the schemas in protocol/classroom.ts; everything scenario-specific is checked here.
 */
import type { Logger } from "pino";
import type { z } from "zod";
import { scenarioById } from "../engine/scenarios";
import type { Ack } from "../protocol/events";
import type { ErrorCode } from "../protocol/errors";
import type {
  HostGrant,
  HostView,
  hostSessionSchema,
  botJoinSessionSchema,
  joinSessionSchema,
  kickSchema,
  rejoinSessionSchema,
  sessionSettingsSchema,
  startRoundSchema,
  StudentGrant,
  StudentView,
} from "../protocol/classroom";
import { MAX_NICKNAME } from "../protocol/schemas";
import { classSeatCredential, hashSecret, newGameId, newJoinCode, newSeatCredential, newSeatToken, sameSecret } from "../rooms/credentials";
import { realClock, type RoomClock } from "../rooms/clock";
import { firstIssue } from "../protocol/firstIssue";
import { skinRefusal } from "../protocol/skins";
import type { BotIdentity, GameService } from "../rooms/gameService";
import type { StoredLiveGame } from "../rooms/journal";
import type { GameRoom, SeatSlot } from "../rooms/room";
import type { ClassStore } from "../storage/classStore";
import type { GameStore } from "../storage/types";
import { groupMixed, groupStudents } from "./grouping";
import { gameMetrics } from "./metrics";
import { uniqueNickname } from "./nicknames";
import { defaultStudentSeats, standInStrategy } from "./presets";
import { PresenterUseCases } from "./presenterUseCases";
import { ClassSession, seatedStudents, type Group, type Round, type Student } from "./session";

type Refusal = { ok: false; error: { code: ErrorCode; message: string } };
const refuse = (code: ErrorCode, message: string): Refusal => ({ ok: false, error: { code, message } });
/** How often a running round's clock is stamped in the database (ClassRound.aliveAt). */
export const ROUND_ALIVE_EVERY_MS = 5_000;

export interface ClassPush {
  host(sessionId: string, view: HostView): void;
  student(sessionId: string, studentId: string, view: StudentView): void;
  kicked(sessionId: string, studentId: string): void;
}

export interface ClassServiceOptions {
  games: GameService;
  store: GameStore;
  classStore: ClassStore;
  push: ClassPush;
  log: Logger;
  /** How long a student may be gone before a bot takes their seat. */
  graceMs?: number;
  /** The host dashboard is pushed at most once per this many ms. */
  dashboardEveryMs?: number;
  /** How long an ended session stays in memory. */
  endedRetentionMs?: number;
  /** Where time comes from (round stamps, grace periods, pushes); real time by default. */
  clock?: RoomClock;
  /**
   * Cluster mode: each session is leased to the node that hosts it (server/cluster/leases.ts).
   * `claim` answers false when the lease is not this node's; an ended session's lease is released.
   */
  lease?: { claim(sessionId: string): Promise<boolean>; release(sessionId: string): void };
}

export class ClassService {
  private readonly sessions = new Map<string, ClassSession>();
  private readonly byCode = new Map<string, ClassSession>();
  /** Per session: cancels the pending dashboard push. */
  private readonly dashboardTimers = new Map<string, () => void>();
  private readonly graceMs: number;
  private readonly dashboardEveryMs: number;
  private readonly endedRetentionMs: number;
  private readonly clock: RoomClock;
  /** Cancels the next stamp of the running rounds' clocks; null when none is due. */
  private stopAlive: (() => void) | null = null;
  /** Sessions whose games are being brought back (a restart, an adoption): their rounds are closed by `settleRestored`, not as groups come in. */
  private readonly restoring = new Set<string>();
  /** The presenter debrief's requests (presenterUseCases.ts). */
  readonly presenter: PresenterUseCases;

  constructor(private readonly options: ClassServiceOptions) {
    this.presenter = new PresenterUseCases({
      authorizeHost: (sessionId, hostKey) => this.authorizeHost(sessionId, hostKey),
      session: (id) => this.sessions.get(id),
      pushStudents: (session) => this.pushStudents(session),
      pushStudent: (session, student) => this.pushStudent(session, student),
      dashboardChanged: (session) => this.dashboardChanged(session),
    });
    this.graceMs = options.graceMs ?? 20_000;
    this.dashboardEveryMs = options.dashboardEveryMs ?? 250;
    this.endedRetentionMs = options.endedRetentionMs ?? 30 * 60_000;
    this.clock = options.clock ?? realClock;
  }

  private now(): number {
    return this.clock.now();
  }

  async host(payload: z.output<typeof hostSessionSchema>): Promise<Ack<HostGrant> & { session?: ClassSession }> {
    await this.options.store.ensurePlayer(payload.player.deviceToken, payload.player.nickname);
    const hostKey = newSeatToken();
    let code = newJoinCode();
    while (this.byCode.has(code)) code = newJoinCode();
    const session = new ClassSession(newGameId(), code, payload.title, hashSecret(hostKey));
    // Leased before its row exists: another node never finds it open and unowned.
    if (this.options.lease && !(await this.options.lease.claim(session.id))) return refuse("STORAGE_UNAVAILABLE", "Could not host the session now: try again.");
    await this.options.classStore.createSession({ id: session.id, code, title: session.title, hostHash: session.hostHash });
    this.sessions.set(session.id, session);
    this.byCode.set(code, session);
    this.options.log.info({ sessionId: session.id }, "class session hosted");
    return { ok: true, sessionId: session.id, code, hostKey, session };
  }

  /** The session if the key is its host key. */
  authorizeHost(sessionId: string, hostKey: string): { ok: true; session: ClassSession } | Refusal {
    const session = this.sessions.get(sessionId);
    if (!session) return refuse("UNKNOWN_SESSION", "No live class session has that id.");
    if (!sameSecret(session.hostHash, hashSecret(hostKey))) return refuse("BAD_HOST_KEY", "That key does not control this session.");
    return { ok: true, session };
  }

  /**
   * The host asks to spectate a game: it must be one of this session's current round. Answers the
   * room (the socket layer subscribes the host to its spectator views).
   */
  spectate(payload: { sessionId: string; hostKey: string; gameId: string }): Ack<{ gameId: string }> & { room?: GameRoom } {
    const auth = this.authorizeHost(payload.sessionId, payload.hostKey);
    if (!auth.ok) return auth;
    const group = auth.session.currentRound?.groups.find((g) => g.room.id === payload.gameId);
    if (!group) return refuse("UNKNOWN_GAME", "No game of this session's current round has that id.");
    return { ok: true, gameId: group.room.id, room: group.room };
  }

  watch(payload: { sessionId: string; hostKey: string }): Ack<HostGrant> & { session?: ClassSession } {
    const auth = this.authorizeHost(payload.sessionId, payload.hostKey);
    if (!auth.ok) return auth;
    return { ok: true, sessionId: auth.session.id, code: auth.session.code, hostKey: payload.hostKey, session: auth.session };
  }

  async settings(payload: z.output<typeof sessionSettingsSchema>): Promise<Ack> {
    const auth = this.authorizeHost(payload.sessionId, payload.hostKey);
    if (!auth.ok) return auth;
    auth.session.allowLateJoin = payload.allowLateJoin;
    await this.options.classStore.setLateJoin(auth.session.id, payload.allowLateJoin);
    this.dashboardChanged(auth.session);
    return { ok: true };
  }

  async join(payload: z.output<typeof joinSessionSchema>): Promise<Ack<StudentGrant> & { student?: Student; session?: ClassSession }> {
    const found = this.sessionToJoin(payload.code);
    if (!found.ok) return found;
    const player = await this.options.store.ensurePlayer(payload.player.deviceToken, payload.player.nickname);
    return this.enrol(found.session, player.id, payload.player.nickname, null);
  }

  /**
   * A Bot API bot joins with the code (docs/bot-api.md, "In class"): a student under its own name,
   * its id the bot's, so each of its sockets is the same student. It is seated like a person.
   */
  async joinBot(payload: z.output<typeof botJoinSessionSchema>, bot: BotIdentity): Promise<Ack<StudentGrant> & { student?: Student; session?: ClassSession }> {
    const found = this.sessionToJoin(payload.code);
    if (!found.ok) return found;
    return this.enrol(found.session, bot.id, bot.name, { owner: bot.owner ?? null });
  }

  private sessionToJoin(code: string): { ok: true; session: ClassSession } | Refusal {
    const session = this.byCode.get(code);
    if (!session) return refuse("UNKNOWN_SESSION", `No class session has the code ${code}.`);
    if (session.status === "ended") return refuse("SESSION_ENDED", "This class session has ended.");
    return { ok: true, session };
  }

  /** A person (`bot` null) or a bot becomes a student of the session, or is one again. */
  private async enrol(session: ClassSession, id: string, name: string, bot: Student["bot"]): Promise<Ack<StudentGrant> & { student?: Student; session?: ClassSession }> {
    const known = session.students.get(id);
    if (known?.kicked) return refuse("KICKED", "The host removed you from this session.");
    if (known) {
      // A bot's mark is not stored: a restarted server learns it again when the bot comes back.
      if (bot) known.bot = bot;
      // After a restart nobody knows this student's token until they show it: this device gets a new one.
      if (known.token === null) {
        const credential = newSeatCredential();
        Object.assign(known, credential);
        await this.options.classStore.saveMember({ sessionId: session.id, playerId: known.id, nickname: known.nickname, kicked: false, tokenHash: credential.tokenHash });
        this.recoverSeat(session, known);
      }
      return { ok: true, sessionId: session.id, studentId: known.id, studentToken: known.token as string, student: known, session };
    }
    if (!session.allowLateJoin && session.rounds.length > 0) return refuse("LATE_JOIN_CLOSED", "The host is not letting anyone else join now.");
    const nickname = uniqueNickname(name, [...session.students.values()].map((s) => s.nickname), MAX_NICKNAME);
    const { token, tokenHash } = newSeatCredential();
    const student: Student = { id, nickname, token, tokenHash, kicked: false, connections: 0, graceTimer: null, bot };
    session.students.set(student.id, student);
    await this.options.classStore.saveMember({ sessionId: session.id, playerId: student.id, nickname, kicked: false, tokenHash });
    this.dashboardChanged(session);
    return { ok: true, sessionId: session.id, studentId: student.id, studentToken: token, student, session };
  }

  rejoin(payload: z.output<typeof rejoinSessionSchema>): Ack<StudentGrant> & { student?: Student; session?: ClassSession } {
    const session = this.sessions.get(payload.sessionId);
    if (!session) return refuse("UNKNOWN_SESSION", "No live class session has that id.");
    const student = session.studentByToken(payload.studentToken);
    if (!student) return refuse("BAD_TOKEN", "That token does not belong to a student of this session.");
    if (student.kicked) return refuse("KICKED", "The host removed you from this session.");
    student.token ??= payload.studentToken;
    this.recoverSeat(session, student);
    return { ok: true, sessionId: session.id, studentId: student.id, studentToken: payload.studentToken, student, session };
  }

  /**
   * A seat of a game brought back after a restart knows only its token's hash: the student's seat
   * token is derived from their student token (`classSeatCredential`), so it is theirs again and the
   * grant their browser saved still works; a seat whose token cannot be derived gets a fresh one.
   */
  private recoverSeat(session: ClassSession, student: Student): void {
    const place = session.seatOf(student.id);
    const round = session.currentRound;
    if (!place || !round || student.token === null || place.group.room.status === "finished") return;
    const room = place.group.room;
    const slot = room.seats.find((s) => s.seat === place.seat);
    if (!slot || slot.kind !== "human" || slot.token !== null) return;
    if (room.recoverToken(classSeatCredential(student.token, round.id).token) !== slot) room.issueToken(slot);
  }

  async kick(payload: z.output<typeof kickSchema>): Promise<Ack> {
    const auth = this.authorizeHost(payload.sessionId, payload.hostKey);
    if (!auth.ok) return auth;
    const session = auth.session;
    const student = session.students.get(payload.studentId);
    if (!student || student.kicked) return refuse("BAD_PAYLOAD", "studentId: no such student in this session.");
    student.kicked = true;
    student.graceTimer?.();
    await this.options.classStore.saveMember({ sessionId: session.id, playerId: student.id, nickname: student.nickname, kicked: true });
    const place = session.seatOf(student.id);
    place?.group.room.revokeToken(place.seat);
    await this.botTakesSeat(session, student.id);
    this.options.push.kicked(session.id, student.id);
    this.dashboardChanged(session);
    return { ok: true };
  }

  async startRound(payload: z.output<typeof startRoundSchema>): Promise<Ack<{ round: number }>> {
    const auth = this.authorizeHost(payload.sessionId, payload.hostKey);
    if (!auth.ok) return auth;
    const session = auth.session;
    if (session.status === "ended") return refuse("SESSION_ENDED", "This class session has ended.");
    if (session.roundInProgress) return refuse("ROUND_RUNNING", "End the current round first.");
    const scenario = scenarioById(payload.scenario);
    if (!scenario) return refuse("UNKNOWN_SCENARIO", `There is no scenario "${payload.scenario}".`);
    const parsed = scenario.paramsSchema.safeParse(payload.params);
    if (!parsed.success) return refuse("BAD_PAYLOAD", `params: ${firstIssue(parsed.error)}`);
    const params = parsed.data as Record<string, unknown>;
    const seats: string[] = scenario.seats(params);
    const studentSeats = payload.studentSeats ?? defaultStudentSeats(scenario.id, seats);
    const stray = studentSeats.find((s) => !seats.includes(s));
    if (stray) return refuse("BAD_PAYLOAD", `studentSeats: "${stray}" is not a seat of this game (${seats.join(", ")}).`);
    if (new Set(studentSeats).size !== studentSeats.length) return refuse("BAD_PAYLOAD", "studentSeats: a seat is named twice.");
    const bots: Record<string, string> = {};
    for (const seat of seats) {
      const wanted = payload.bots?.[seat] ?? scenario.strategies(seat)[0];
      if (!scenario.strategies(seat).includes(wanted)) return refuse("BAD_PAYLOAD", `bots.${seat}: no bot strategy "${wanted}" for this seat.`);
      bots[seat] = wanted;
    }
    const skinProblem = skinRefusal(scenario.id, payload.skin);
    if (skinProblem) return refuse("BAD_PAYLOAD", skinProblem);
    const present = [...session.students.values()].filter((s) => !s.kicked && s.connections > 0);
    if (present.length === 0) return refuse("NO_STUDENTS", "No student is connected: wait for them to join.");

    const round: Round = {
      id: newGameId(),
      number: session.rounds.length + 1,
      scenario: scenario.id,
      params,
      tickMs: payload.tickMs,
      ...(payload.skin ? { skin: payload.skin } : {}),
      status: "running",
      startedAt: this.now(),
      pausedAt: null,
      pausedMs: 0,
      endedAt: null,
      studentSeats,
      groups: [],
    };
    // Not awaited: writes are queued in order, so the round's row is written before any of its
    // games (which point at it), and the students need not wait for the disk.
    void this.options.classStore
      .createRound({ id: round.id, sessionId: session.id, number: round.number, scenario: scenario.id, params, groupSize: studentSeats.length, startedAt: new Date(round.startedAt), tickMs: round.tickMs, studentSeats, skin: round.skin })
      .catch((err) => this.options.log.error({ err, roundId: round.id }, "could not record the round"));
    // Students' bots sit with the people: shuffled with them, or dealt over the games first ("mixed").
    const { groups } =
      payload.seating === "mixed"
        ? groupMixed(present.filter((s) => !s.bot), present.filter((s) => s.bot), studentSeats.length)
        : groupStudents(present, studentSeats.length);
    groups.forEach((members, i) => {
      const students = new Map<string, string | null>(studentSeats.map((seat, j) => [seat, members[j]?.id ?? null]));
      const slots: SeatSlot[] = seats.map((seat) => {
        const student = students.get(seat) ? session.students.get(students.get(seat) as string) : undefined;
        // Derived from the student's token, so a restarted server can give it back (`recoverSeat`).
        const credential = student?.token ? classSeatCredential(student.token, round.id) : newSeatCredential();
        // A student's bot holds its seat as a Bot API bot does (botId): the tick deadline applies.
        if (student?.bot) return { seat, kind: "human", strategy: null, name: student.nickname, playerId: null, botId: student.id, ...credential, standIn: null };
        if (student) return { seat, kind: "human", strategy: null, name: student.nickname, playerId: student.id, ...credential, standIn: null };
        const strategy = studentSeats.includes(seat) ? standInStrategy(scenario.id, seat) : bots[seat];
        return { seat, kind: "bot", strategy, name: strategy, playerId: null, token: null, tokenHash: null };
      });
      const group: Group = { number: i + 1, room: null as unknown as GameRoom, students, metrics: null };
      group.room = this.options.games.openRoom({
        scenario,
        params,
        tickMs: payload.tickMs,
        seats: slots,
        context: { sessionId: session.id, roundId: round.id, classGroup: group.number, ...(payload.skin ? { skin: payload.skin } : {}) },
        onChange: () => this.dashboardChanged(session),
        onFinish: (room) => this.groupFinished(session, round, group, room),
      });
      round.groups.push(group);
    });
    session.rounds.push(round);
    session.presenter = null;
    this.keepAlive();
    // Seats first, clocks next: every student learns their seat before any game starts ticking.
    this.pushStudents(session);
    // Then every game starts in one run: each counts down (or begins and sends its seats); the bots'
    // first answers wait until every game of the round has sent its seats (the rooms' `later`).
    // A round paused before its game starts holds the countdown.
    setImmediate(() => {
      for (const group of round.groups) {
        if (round.status === "ended") return;
        this.options.games.startIfReady(group.room);
        if (round.status === "paused") void group.room.pause();
      }
    });
    this.dashboardChanged(session);
    this.options.log.info({ sessionId: session.id, round: round.number, groups: round.groups.length }, "class round started");
    return { ok: true, round: round.number };
  }

  async pauseRound(payload: { sessionId: string; hostKey: string }): Promise<Ack> {
    return this.controlRound(payload, async (session, round) => {
      if (round.status !== "running") return refuse("NO_ROUND", "The round is not running.");
      round.status = "paused";
      round.pausedAt = this.now();
      this.saveClock(round);
      await Promise.all(round.groups.map((g) => g.room.pause()));
    });
  }

  async resumeRound(payload: { sessionId: string; hostKey: string }): Promise<Ack> {
    return this.controlRound(payload, async (session, round) => {
      if (round.status !== "paused") return refuse("NO_ROUND", "The round is not paused.");
      round.pausedMs += this.now() - (round.pausedAt ?? this.now());
      round.pausedAt = null;
      round.status = "running";
      this.saveClock(round);
      await Promise.all(round.groups.map((g) => g.room.resume()));
    });
  }

  /**
   * End the round now: unfinished games are played to their end by bots, so every trace is whole;
   * those games are flagged bot-finished (GameMetrics.botFinished) and left out of the class's figures.
   */
  async endRound(payload: { sessionId: string; hostKey: string }): Promise<Ack> {
    return this.controlRound(payload, async (session, round) => {
      await this.finishRound(session, round);
    });
  }

  async endSession(payload: { sessionId: string; hostKey: string }): Promise<Ack> {
    const auth = this.authorizeHost(payload.sessionId, payload.hostKey);
    if (!auth.ok) return auth;
    const session = auth.session;
    if (session.status === "ended") return { ok: true };
    const round = session.roundInProgress;
    if (round) await this.finishRound(session, round);
    session.status = "ended";
    await this.options.classStore.endSession(session.id, new Date(this.now()));
    this.options.lease?.release(session.id);
    for (const student of session.students.values()) student.graceTimer?.();
    this.pushStudents(session);
    this.dashboardChanged(session);
    // An ended session stays a while for screens still open, then only the database has it.
    this.clock.after(this.endedRetentionMs, () => this.forget(session));
    return { ok: true };
  }

  private forget(session: ClassSession): void {
    this.sessions.delete(session.id);
    if (this.byCode.get(session.code) === session) this.byCode.delete(session.code);
  }

  /** A socket of this student connected (after join or rejoin): cancel any stand-in. */
  connected(session: ClassSession, student: Student): void {
    student.connections += 1;
    student.graceTimer?.();
    student.graceTimer = null;
    const place = session.seatOf(student.id);
    if (place && place.group.room.status !== "finished") void place.group.room.standIn(place.seat, null);
    this.pushStudent(session, student);
    this.dashboardChanged(session);
  }

  /** A socket of this student went away; after the grace period with none left, a bot stands in. */
  disconnected(session: ClassSession, student: Student): void {
    if (this.sessions.get(session.id) !== session) return; // dropped (another node runs it now)
    student.connections = Math.max(0, student.connections - 1);
    this.dashboardChanged(session);
    if (student.kicked || student.connections > 0 || student.graceTimer) return;
    student.graceTimer = this.clock.after(this.graceMs, () => {
      student.graceTimer = null;
      // Returned, so a manual clock's `elapse` resolves once the bot has the seat.
      return student.connections === 0 ? this.botTakesSeat(session, student.id) : undefined;
    });
  }

  /** A bot plays the student's seat in the current round's game, if it is still being played. */
  private async botTakesSeat(session: ClassSession, studentId: string): Promise<void> {
    const place = session.seatOf(studentId);
    if (place && place.group.room.status !== "finished") {
      await place.group.room.standIn(place.seat, standInStrategy(place.group.room.scenario.id, place.seat));
    }
  }

  hostViewOf(session: ClassSession): HostView {
    return session.hostView(this.now());
  }

  studentViewOf(session: ClassSession, student: Student): StudentView {
    return session.studentView(student, this.now());
  }

  sessionById(id: string): ClassSession | undefined {
    return this.sessions.get(id);
  }

  /**
   * A session an earlier run left open, rebuilt from the database (restoreSessions.ts); its round's
   * live games come next (`restoreGame`), then `settleRestored`.
   */
  adopt(session: ClassSession): void {
    this.restoring.add(session.id);
    this.sessions.set(session.id, session);
    this.byCode.set(session.code, session);
  }

  /**
   * Bring back a journaled game of an adopted session's round into its group. Null when the game
   * is not of a session's round in progress here (its session was closed or is gone).
   */
  restoreGame(stored: StoredLiveGame): GameRoom | null {
    const context = stored.header.context;
    const session = context?.sessionId ? this.sessions.get(context.sessionId) : undefined;
    const round = session?.roundInProgress;
    if (!session || !round || round.id !== context?.roundId) return null;
    const group: Group = { number: context.classGroup ?? round.groups.length + 1, room: null as unknown as GameRoom, students: new Map(), metrics: null };
    const room = this.options.games.restoreRoom(stored, {
      onChange: () => this.dashboardChanged(session),
      onFinish: (r) => this.groupFinished(session, round, group, r),
    });
    if (!room) return null;
    group.room = room;
    group.students = seatedStudents(round.studentSeats, room);
    round.groups.push(group);
    // A kicked student's seat was played by a bot: it still is (the journal keeps no stand-ins).
    for (const [seat, id] of group.students) if (id && session.students.get(id)?.kicked) void room.standIn(seat, standInStrategy(room.scenario.id, seat));
    return room;
  }

  /**
   * Every restored game is back: groups in their order, a paused round's games paused, a round whose
   * games are all over closed, and the rounds' clocks stamped again. `only`: just this session (one
   * adopted in cluster mode).
   */
  settleRestored(only?: string): void {
    if (only === undefined) this.restoring.clear();
    else this.restoring.delete(only);
    for (const session of this.sessions.values()) {
      if (only !== undefined && session.id !== only) continue;
      const round = session.roundInProgress;
      if (!round) continue;
      round.groups.sort((a, b) => a.number - b.number);
      if (round.status === "paused") for (const g of round.groups) void g.room.pause();
      if (round.groups.every((g) => g.room.status === "finished")) this.closeRound(session, round);
      this.dashboardChanged(session);
    }
    this.keepAlive();
  }

  /**
   * Cluster mode: another node leased this session (this one was paused or cut off too long). It is
   * forgotten here with its timers; answers it, so the caller drops its round's games and sends its
   * sockets away.
   */
  drop(sessionId: string): ClassSession | undefined {
    const session = this.sessions.get(sessionId);
    if (!session) return undefined;
    this.forget(session);
    this.dashboardTimers.get(sessionId)?.();
    this.dashboardTimers.delete(sessionId);
    for (const student of session.students.values()) student.graceTimer?.();
    return session;
  }

  /** Stamp every round in progress now (the server is about to stop): the next start knows when it went down. */
  async stampRounds(): Promise<void> {
    await Promise.all(this.roundsInProgress().map((round) => this.saveClock(round)));
  }

  dispose(): void {
    this.stopAlive?.();
    this.stopAlive = null;
    for (const cancel of this.dashboardTimers.values()) cancel();
    for (const session of this.sessions.values()) for (const s of session.students.values()) s.graceTimer?.();
  }

  private roundsInProgress(): Round[] {
    return [...this.sessions.values()].flatMap((s) => (s.roundInProgress ? [s.roundInProgress] : []));
  }

  /** Write the round's clock (its pause, and that a server runs it now); a failure is logged, the next stamp retries. */
  private saveClock(round: Round): Promise<void> {
    const clock = { pausedAt: round.pausedAt === null ? null : new Date(round.pausedAt), pausedMs: round.pausedMs, aliveAt: new Date(this.now()) };
    return this.options.classStore.saveRoundClock(round.id, clock).catch((err) => this.options.log.error({ err, roundId: round.id }, "could not stamp the round's clock"));
  }

  /** While a round is in progress, stamp its clock every ROUND_ALIVE_EVERY_MS: time after the last stamp is time down. */
  private keepAlive(): void {
    if (this.stopAlive || this.roundsInProgress().length === 0) return;
    this.stopAlive = this.clock.after(ROUND_ALIVE_EVERY_MS, () => {
      this.stopAlive = null;
      for (const round of this.roundsInProgress()) void this.saveClock(round);
      this.keepAlive();
    });
  }

  private async controlRound(payload: { sessionId: string; hostKey: string }, change: (session: ClassSession, round: Round) => Promise<Refusal | void>): Promise<Ack> {
    const auth = this.authorizeHost(payload.sessionId, payload.hostKey);
    if (!auth.ok) return auth;
    const round = auth.session.roundInProgress;
    if (!round) return refuse("NO_ROUND", "No round is in progress.");
    const refused = await change(auth.session, round);
    if (refused) return refused;
    this.pushStudents(auth.session);
    this.dashboardChanged(auth.session);
    return { ok: true };
  }

  private async finishRound(session: ClassSession, round: Round): Promise<void> {
    for (const group of round.groups) {
      await group.room.finishNow((seat) => standInStrategy(round.scenario, seat));
      // One game at a time, letting other sockets in between: a big class takes a while.
      await new Promise((resolve) => setImmediate(resolve));
    }
    this.closeRound(session, round);
  }

  private groupFinished(session: ClassSession, round: Round, group: Group, room: GameRoom): void {
    const strategies: Record<string, string> = {};
    for (const slot of room.seats) if (slot.kind === "bot" && slot.strategy) strategies[slot.seat] = slot.strategy;
    const game = { params: room.params, seed: room.seed, events: room.record.traceEvents() };
    group.metrics = gameMetrics(room.scenario.id, room.scenario.summarize(room.record.state), game, strategies, { botFinished: room.botFinished, seats: room.seats });
    if (!this.restoring.has(session.id) && round.groups.length > 0 && round.groups.every((g) => g.room.status === "finished")) this.closeRound(session, round);
    this.dashboardChanged(session);
  }

  private closeRound(session: ClassSession, round: Round): void {
    if (round.status === "ended") return;
    if (round.pausedAt !== null) round.pausedMs += this.now() - round.pausedAt;
    round.pausedAt = null;
    round.status = "ended";
    round.endedAt = this.now();
    void this.options.classStore.endRound(round.id, new Date(round.endedAt)).catch((err) => this.options.log.error({ err, roundId: round.id }, "could not record the round's end"));
    this.pushStudents(session);
  }

  private pushStudents(session: ClassSession): void {
    for (const student of session.students.values()) if (!student.kicked) this.pushStudent(session, student);
  }

  private pushStudent(session: ClassSession, student: Student): void {
    this.options.push.student(session.id, student.id, this.studentViewOf(session, student));
  }

  /** Push the host's dashboard soon: at most once per `dashboardEveryMs`, always the latest. */
  private dashboardChanged(session: ClassSession): void {
    if (this.dashboardTimers.has(session.id)) return;
    const cancel = this.clock.after(this.dashboardEveryMs, () => {
      this.dashboardTimers.delete(session.id);
      this.options.push.host(session.id, this.hostViewOf(session));
    });
    this.dashboardTimers.set(session.id, cancel);
  }
}
