/**
 * A live class session in memory: its students, its rounds and their games, and the two views
 * built from them (the host's dashboard and one student's screen). The use cases that change
 * it live in classService.ts; this file only holds state and reads it.
 */
import { scenarioById } from "../engine/scenarios";
import { hashSecret, sameSecret } from "../rooms/credentials";
import type { GameRoom } from "../rooms/room";
import type { PresenterState } from "./presenter";
import type { GameMetrics, GroupProgress, HostView, RoundStatus, RoundView, StudentView } from "../protocol/classroom";
import type { Skin } from "../protocol/skins";

export interface Student {
  id: string;
  nickname: string;
  /**
   * The student's token as issued, in memory only to hand it again; null after a restart until the
   * student comes back with it (only `tokenHash` is stored).
   */
  token: string | null;
  tokenHash: string;
  kicked: boolean;
  /** Sockets this student has open now. */
  connections: number;
  /** Cancels the grace period running since the last disconnect (a bot stands in when it ends). */
  graceTimer: (() => void) | null;
  /**
   * Set when the student is a Bot API bot that joined with the code (its id is the bot's id), with
   * its owner's nickname if known. It takes seats as a person does, but holds them as a bot
   * (SeatSlot.botId: the tick deadline and its stand-in apply).
   */
  bot?: { owner: string | null } | null;
}

export interface Group {
  /** 1-based. */
  number: number;
  room: GameRoom;
  /** Student seat → student id (null: a bot fills it). */
  students: Map<string, string | null>;
  metrics: GameMetrics | null;
}

export interface Round {
  id: string;
  number: number;
  scenario: string;
  params: Record<string, unknown>;
  tickMs: number;
  /** The round's telling (server/protocol/skins.ts), if not the scenario's own. */
  skin?: Skin;
  status: RoundStatus;
  startedAt: number;
  pausedAt: number | null;
  pausedMs: number;
  endedAt: number | null;
  /** The seats students play, in the order a group's students are placed. */
  studentSeats: string[];
  groups: Group[];
  /** A round ended before a restart comes back without its groups: how many games it stored. */
  storedGames?: number;
}

export class ClassSession {
  readonly students = new Map<string, Student>();
  readonly rounds: Round[] = [];
  status: "open" | "ended" = "open";
  /** The presenter debrief of an ended round, while the host runs one. */
  presenter: PresenterState | null = null;
  /** Numbers the presenter's questions (their ids are unique in the session). */
  questionsAsked = 0;

  constructor(
    readonly id: string,
    readonly code: string,
    readonly title: string,
    readonly hostHash: string,
    public allowLateJoin = true,
  ) {}

  get currentRound(): Round | null {
    return this.rounds.at(-1) ?? null;
  }

  get roundInProgress(): Round | null {
    const round = this.currentRound;
    return round && round.status !== "ended" ? round : null;
  }

  /** The student whose token this is (checked against its stored hash, in constant time). */
  studentByToken(token: string): Student | null {
    const hash = hashSecret(token);
    for (const student of this.students.values()) if (sameSecret(student.tokenHash, hash)) return student;
    return null;
  }

  /** The group and seat a student plays in the current round, if any. */
  seatOf(studentId: string): { group: Group; seat: string } | null {
    const round = this.currentRound;
    if (!round) return null;
    for (const group of round.groups) {
      for (const [seat, id] of group.students) if (id === studentId) return { group, seat };
    }
    return null;
  }

  hostView(now: number): HostView {
    const round = this.currentRound;
    return {
      sessionId: this.id,
      code: this.code,
      title: this.title,
      status: this.status,
      allowLateJoin: this.allowLateJoin,
      students: [...this.students.values()]
        .filter((s) => !s.kicked)
        .map((s) => ({ id: s.id, nickname: s.nickname, connected: s.connections > 0, bot: s.bot ?? null })),
      round: round ? { ...roundView(round, now, round.params), groups: round.groups.map((g) => this.groupProgress(g)) } : null,
      rounds: this.rounds.map((r) => ({
        number: r.number,
        scenario: r.scenario,
        status: r.status,
        games: r.groups.length || (r.storedGames ?? 0),
        finished: r.groups.filter((g) => g.room.status === "finished").length || (r.storedGames ?? 0),
      })),
      // Students' bots cannot answer the presenter's questions (NOT_FOR_BOTS): they are not counted.
      presenter: this.presenter ? this.presenter.view((id) => this.inSession(id), [...this.students.values()].filter((s) => !s.kicked && !s.bot).length) : null,
    };
  }

  studentView(student: Student, now: number): StudentView {
    const round = this.currentRound;
    const place = this.seatOf(student.id);
    const slot = place?.group.room.seats.find((s) => s.seat === place.seat);
    return {
      sessionId: this.id,
      code: this.code,
      title: this.title,
      status: this.status,
      you: { id: student.id, nickname: student.nickname },
      round: round ? roundView(round, now, announcedToStudent(round, place?.group.room ?? null, place?.seat ?? null)) : null,
      game: place && slot?.token ? { gameId: place.group.room.id, seat: place.seat, seatToken: slot.token } : null,
      question: this.presenter?.studentQuestion(student.id) ?? null,
    };
  }

  /** A student still in the session (their answers count). */
  inSession(studentId: string): boolean {
    const student = this.students.get(studentId);
    return Boolean(student && !student.kicked);
  }

  private groupProgress(group: Group): GroupProgress {
    const room = group.room;
    const { tick, lastTick } = room.scenario.progress(room.record.state);
    return {
      group: group.number,
      gameId: room.id,
      status: room.status === "finished" ? "finished" : room.status === "paused" ? "paused" : "running",
      tick,
      lastTick,
      seats: room.seats.map((slot) => {
        const studentId = group.students.get(slot.seat) ?? null;
        const student = studentId ? this.students.get(studentId) : undefined;
        return {
          seat: slot.seat,
          name: student?.nickname ?? slot.name ?? slot.seat,
          kind: student ? ("student" as const) : ("bot" as const),
          studentId,
          connected: student ? student.connections > 0 : false,
          standIn: Boolean(slot.standIn),
          studentBot: Boolean(student?.bot),
        };
      }),
      metrics: group.metrics,
    };
  }
}

/** A group's student seats → the student playing each (null: a bot fills it), read from its room's seats. */
export function seatedStudents(studentSeats: readonly string[], room: GameRoom): Map<string, string | null> {
  return new Map(studentSeats.map((seat) => {
    const slot = room.seats.find((s) => s.seat === seat);
    return [seat, slot?.kind === "human" ? (slot.playerId ?? slot.botId ?? null) : null];
  }));
}

/**
 * The round's parameters as the scenario announces them to the student's seat (or to any player
 * seat while the student waits in the lobby): never GST, crash schedules, inputs, the lucky night.
 */
function announcedToStudent(round: Round, room: GameRoom | null, seat: string | null): RoundView["params"] {
  const scenario = room?.scenario ?? scenarioById(round.scenario);
  // Every round is started with a known scenario; with none, announce nothing rather than all.
  return scenario ? { ...scenario.disclosure.announcedParams(round.params, seat) } : {};
}

function roundView(round: Round, now: number, params: RoundView["params"]): RoundView {
  const pausing = round.pausedAt !== null ? now - round.pausedAt : 0;
  return {
    number: round.number,
    scenario: round.scenario,
    params,
    tickMs: round.tickMs,
    ...(round.skin ? { skin: round.skin } : {}),
    status: round.status,
    startedAt: round.startedAt,
    pausedMs: round.pausedMs + pausing,
    endedAt: round.endedAt,
  };
}
