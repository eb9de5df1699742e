/**
 * The presenter debrief's use cases, free of sockets: the host starts it on the ended round (the
 * server picks the game, presenter.ts), steps, asks, reveals and closes; students answer. Host
 * requests carry the host key; an answer carries the student's token. Views go out through the
 * class service's pushes (the dashboard's `presenter`, each student's `question`).
 */
import type { z } from "zod";
import { scenarioById } from "../engine/scenarios";
import type { Ack } from "../protocol/events";
import type { ErrorCode } from "../protocol/errors";
import type { answerSchema, presenterStepSchema } from "../protocol/classroom";
import { choosePresentedGame, PresenterState, type PresentableGame } from "./presenter";
import type { ClassSession, Student } from "./session";

type Refusal = { ok: false; error: { code: ErrorCode; message: string } };
const refuse = (code: ErrorCode, message: string): Refusal => ({ ok: false, error: { code, message } });

/** What the presenter needs of the class service. */
export interface PresenterContext {
  authorizeHost(sessionId: string, hostKey: string): { ok: true; session: ClassSession } | Refusal;
  session(id: string): ClassSession | undefined;
  pushStudents(session: ClassSession): void;
  pushStudent(session: ClassSession, student: Student): void;
  dashboardChanged(session: ClassSession): void;
}

export class PresenterUseCases {
  constructor(private readonly ctx: PresenterContext) {}

  /**
   * Start the presenter debrief on the last round, once it has ended: the server picks the game
   * (presenter.ts), and every phone learns that a debrief runs (no question yet).
   */
  start(payload: { sessionId: string; hostKey: string }): Ack<{ gameId: string }> {
    const auth = this.ctx.authorizeHost(payload.sessionId, payload.hostKey);
    if (!auth.ok) return auth;
    const session = auth.session;
    if (session.status === "ended") return refuse("SESSION_ENDED", "This class session has ended.");
    const round = session.currentRound;
    if (!round) return refuse("NO_ROUND", "There is no round to present yet.");
    if (round.status !== "ended") return refuse("ROUND_NOT_ENDED", "End the round first: the presenter shows finished games only.");
    const scenario = scenarioById(round.scenario);
    const games: PresentableGame[] = round.groups
      .filter((g) => g.metrics && g.room.status === "finished")
      .map((g) => ({
        gameId: g.room.id,
        group: g.number,
        unsafe: g.metrics?.unsafe ?? false,
        botFinished: g.metrics?.botFinished ?? false,
        timeline: g.room.scenario.timeline(g.room.record.state, g.room.record.traceEvents()),
      }));
    const chosen = scenario?.presenter ? choosePresentedGame(games) : null;
    if (!chosen || !scenario?.presenter) return refuse("NOTHING_TO_PRESENT", "No game of this round was finished by its students.");
    session.presenter = new PresenterState(round.number, chosen.game, chosen.reason, scenario.presenter, () => `q${++session.questionsAsked}`);
    this.ctx.pushStudents(session);
    this.ctx.dashboardChanged(session);
    return { ok: true, gameId: chosen.game.gameId };
  }

  /** Move the projector to a tick, or one step; refused while a question is open. */
  step(payload: z.output<typeof presenterStepSchema>): Ack<{ tick: number }> {
    return this.control(payload, false, (p) => {
      if (p.step(payload.to)) return refuse("QUESTION_OPEN", "Reveal the answer before moving on.");
      return { ok: true, tick: p.tick };
    });
  }

  /** Ask every phone the scenario's question at the projector's tick. */
  ask(payload: { sessionId: string; hostKey: string }): Ack<{ questionId: string }> {
    return this.control(payload, true, (p, session) => {
      if (p.ask()) return refuse("QUESTION_OPEN", "A question is open: reveal its answer first.");
      return { ok: true, questionId: `q${session.questionsAsked}` };
    });
  }

  /** Close the question and tell every phone what happened. */
  reveal(payload: { sessionId: string; hostKey: string }): Ack {
    return this.control(payload, true, (p) => (p.reveal() ? refuse("NO_QUESTION", "No question is open.") : { ok: true }));
  }

  close(payload: { sessionId: string; hostKey: string }): Ack {
    return this.control(payload, true, (_p, session) => {
      session.presenter = null;
      return { ok: true };
    });
  }

  /** A student's answer to the open question: one each, a changed answer replaces the old. */
  answer(payload: z.output<typeof answerSchema>): Ack {
    const session = this.ctx.session(payload.sessionId);
    if (!session) return refuse("UNKNOWN_SESSION", "No live class session has that id.");
    const student = session.studentByToken(payload.studentToken);
    if (!student) return refuse("BAD_TOKEN", "That token does not belong to a student of this session.");
    if (student.kicked) return refuse("KICKED", "The host removed you from this session.");
    if (!session.presenter) return refuse("NO_PRESENTER", "No presenter debrief is running.");
    const refused = session.presenter.answer(student.id, payload.questionId, payload.option);
    if (refused === "NO_QUESTION") return refuse("NO_QUESTION", "No question has been asked.");
    if (refused === "QUESTION_CLOSED") return refuse("QUESTION_CLOSED", "That question is closed: its answer has been revealed.");
    if (refused === "ALREADY_ANSWERED") return refuse("ALREADY_ANSWERED", "You already gave that answer.");
    if (refused === "BAD_OPTION") return refuse("BAD_PAYLOAD", "option: not one of the question's options.");
    this.ctx.pushStudent(session, student);
    this.ctx.dashboardChanged(session);
    return { ok: true };
  }

  private control<T extends object>(
    payload: { sessionId: string; hostKey: string },
    toStudents: boolean,
    change: (presenter: PresenterState, session: ClassSession) => Ack<T>,
  ): Ack<T> {
    const auth = this.ctx.authorizeHost(payload.sessionId, payload.hostKey);
    if (!auth.ok) return auth;
    const presenter = auth.session.presenter;
    if (!presenter) return refuse("NO_PRESENTER", "No presenter debrief is running: start one first.");
    const res = change(presenter, auth.session);
    if (!res.ok) return res;
    if (toStudents) this.ctx.pushStudents(auth.session);
    this.ctx.dashboardChanged(auth.session);
    return res;
  }
}
