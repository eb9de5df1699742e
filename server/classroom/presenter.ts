/**
 * The presenter debrief of an ended round, free of sockets: which game to show (chosen
 * generically: an unsafe end first, then a game whose two-worlds moment raised someone's
 * knowledge, then the longest undecided run; never a game bot-finished), and the debrief's state
 * (the tick on the projector, the question asked there, the class's answers). Pure but for the
 * state's own mutations; classService.ts glues it to the session.
 */
import type { PresenterQuestion, ScenarioPresenter } from "../engine/presenter";
import type { Timeline } from "../engine/timeline";
import { twoWorlds } from "../engine/twoWorlds";
import type { PresenterPhase, PresenterReason, PresenterView, StudentQuestion } from "../protocol/classroom";

/** A finished game of the round, as the choice reads it. */
export interface PresentableGame {
  gameId: string;
  group: number;
  unsafe: boolean;
  botFinished: boolean;
  timeline: Timeline;
}

/** How long nobody had finished deciding: the last decision's tick, or the end if a party never decided. */
export function undecidedRun(timeline: Timeline): number {
  const decided = new Set(timeline.decisions.map((d) => d.party));
  if (timeline.parties.some((p) => !decided.has(p.id))) return timeline.endTick;
  return Math.max(0, ...timeline.decisions.map((d) => d.tick));
}

/** Whether the game's two-worlds moment is a message whose arrival raised its receiver's knowledge. */
function raisesKnowledge(timeline: Timeline): boolean {
  return timeline.rungs.length > 0 && twoWorlds(timeline)?.why === "raised";
}

/**
 * The round's most instructive game: unsafe ends first, then a knowledge-raising two-worlds
 * moment, then the rest; within each, the longest undecided run, then the lowest group.
 * Bot-finished games are never chosen. Null when no game qualifies.
 */
export function choosePresentedGame(games: readonly PresentableGame[]): { game: PresentableGame; reason: PresenterReason } | null {
  const ranked = games
    .filter((g) => !g.botFinished)
    .map((g) => {
      const reason: PresenterReason = g.unsafe ? "unsafe" : raisesKnowledge(g.timeline) ? "two-worlds" : "undecided";
      return { game: g, reason, tier: g.unsafe ? 0 : reason === "two-worlds" ? 1 : 2, run: undecidedRun(g.timeline) };
    })
    .sort((a, b) => a.tier - b.tier || b.run - a.run || a.game.group - b.game.group);
  return ranked[0] ? { game: ranked[0].game, reason: ranked[0].reason } : null;
}

/** One question asked: its words, the answers (student id → option id). */
interface Asked {
  id: string;
  tick: number;
  question: PresenterQuestion;
  answers: Map<string, string>;
  /** The host revealed what happened (it stays told while the host steps on). */
  revealed: boolean;
}

export type AnswerRefusal = "NO_QUESTION" | "QUESTION_CLOSED" | "ALREADY_ANSWERED" | "BAD_OPTION";

/** The presenter of one session: one chosen game, stepped through, with at most one question open. */
export class PresenterState {
  tick = 0;
  phase: PresenterPhase = "stepping";
  private asked: Asked | null = null;
  /** How many questions this debrief has asked: the first is the scenario's, then its follow-ups. */
  private asks = 0;

  constructor(
    readonly round: number,
    readonly game: PresentableGame,
    readonly reason: PresenterReason,
    private readonly scenario: ScenarioPresenter,
    /** Makes the question ids: unique per session. */
    private readonly nextQuestionId: () => string,
  ) {}

  get endTick(): number {
    return this.game.timeline.endTick;
  }

  get askAt(): number {
    return this.scenario.askAt(this.game.timeline);
  }

  /** Moves the projector to `tick` (clamped); refused while a question is open. */
  step(to: number | "next" | "previous"): "QUESTION_OPEN" | null {
    if (this.phase === "asking") return "QUESTION_OPEN";
    const target = to === "next" ? this.tick + 1 : to === "previous" ? this.tick - 1 : to;
    this.tick = Math.max(0, Math.min(this.endTick, target));
    this.phase = "stepping";
    return null;
  }

  /** Asks the class the scenario's question at the current tick; refused while one is open. */
  ask(): "QUESTION_OPEN" | null {
    if (this.phase === "asking") return "QUESTION_OPEN";
    const followUps = this.scenario.followUps?.(this.game.timeline) ?? [];
    const k = this.asks++ % (followUps.length + 1);
    const question = k === 0 ? this.scenario.question(this.game.timeline, this.tick) : followUps[k - 1];
    this.asked = { id: this.nextQuestionId(), tick: this.tick, question, answers: new Map(), revealed: false };
    this.phase = "asking";
    return null;
  }

  /** Closes the question and tells what happened; refused with no open question. */
  reveal(): "NO_QUESTION" | null {
    if (this.phase !== "asking" || !this.asked) return "NO_QUESTION";
    this.asked.revealed = true;
    this.phase = "revealed";
    return null;
  }

  /** A student's answer: one per student, a changed answer replaces the old one. */
  answer(studentId: string, questionId: string, option: string): AnswerRefusal | null {
    const asked = this.asked;
    if (!asked) return "NO_QUESTION";
    if (asked.id !== questionId || asked.revealed) return "QUESTION_CLOSED";
    if (!asked.question.options.some((o) => o.id === option)) return "BAD_OPTION";
    if (asked.answers.get(studentId) === option) return "ALREADY_ANSWERED";
    asked.answers.set(studentId, option);
    return null;
  }

  /** Counts per option, of the students `counts` accepts (those still in the session). */
  tally(counts: (studentId: string) => boolean): Record<string, number> {
    const out: Record<string, number> = {};
    if (!this.asked) return out;
    for (const o of this.asked.question.options) out[o.id] = 0;
    for (const [student, option] of this.asked.answers) if (counts(student)) out[option] += 1;
    return out;
  }

  /** What the host's dashboard shows. */
  view(counts: (studentId: string) => boolean, students: number): PresenterView {
    const asked = this.asked;
    const tally = this.tally(counts);
    return {
      round: this.round,
      gameId: this.game.gameId,
      group: this.game.group,
      reason: this.reason,
      tick: this.tick,
      endTick: this.endTick,
      askAt: this.askAt,
      phase: this.phase,
      question: asked
        ? {
            id: asked.id,
            tick: asked.tick,
            prompt: asked.question.prompt,
            options: asked.question.options,
            counts: tally,
            answered: Object.values(tally).reduce((a, b) => a + b, 0),
            students,
            reveal: asked.revealed ? { text: asked.question.reveal, correct: asked.question.correct } : null,
          }
        : null,
    };
  }

  /** What one student's phone shows: the prompt and options only, until the reveal. */
  studentQuestion(studentId: string): StudentQuestion | null {
    const asked = this.asked;
    if (!asked) return null;
    const yourAnswer = asked.answers.get(studentId) ?? null;
    const revealed = asked.revealed;
    return {
      id: asked.id,
      prompt: asked.question.prompt,
      options: asked.question.options,
      yourAnswer,
      open: !revealed,
      reveal: revealed
        ? { text: asked.question.reveal, correct: asked.question.correct, yourOutcome: yourAnswer ? (asked.question.outcomes[yourAnswer] ?? null) : null }
        : null,
    };
  }
}
