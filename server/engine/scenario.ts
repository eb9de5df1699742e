/**
 * What a scenario gives the rest of the server: its rule book as plain functions.
 * The room, the bots, the storage and the replay checker only speak through this.
 */
import type { z } from "zod";
import type { Disclosure } from "./disclosure";
import type { ScenarioPresenter } from "./presenter";
import type { ChallengeSpec, ClassRoundPreset } from "./scenarioContent";
import type { ViewMemo } from "./record";
import type { ReduceResult } from "./result";
import type { Timeline } from "./timeline";
import type { Skin } from "../protocol/skins";

export interface SeatOutcome {
  score: number;
  won: boolean;
  /** A scenario-specific figure shown on leaderboards (knowledge depth for the generals). */
  depth: number | null;
}

export interface GameSummary<Seat extends string = string> {
  outcome: string;
  seats: Partial<Record<Seat, SeatOutcome>>;
  /** The scenario's checker verdict on the game, stored with its outcome (consensus). */
  checks?: object;
}

/**
 * How a finished game ended, for charts and colours: the goal reached safely ("good"), nothing
 * broken but the goal missed ("safe": nobody attacked, no date, a process still undecided), or
 * safety broken ("unsafe": a lone attack or date, Agreement or Validity violated).
 */
export type OutcomeClass = "good" | "safe" | "unsafe";
export const OUTCOME_CLASSES: readonly OutcomeClass[] = ["good", "safe", "unsafe"];

/** What a seat is for: a student plays it, it works against the players, or it only watches. */
export type SeatRoleKind = "player" | "adversary" | "observer";

export interface SeatRole {
  kind: SeatRoleKind;
  /** The bot strategy (one of `strategies(seat)`) that holds the seat while its human is away. */
  standIn: string;
}

/** How far a live game has got: its tick now and the tick by which it ends at the latest. */
export interface GameProgress {
  tick: number;
  lastTick: number;
}

/** A stored game as the generic code reads it back: its summary, with the checker verdict if any. */
export type StoredSummary = Pick<GameSummary, "outcome" | "seats" | "checks">;

/** The scenario's own figures on a class chart (server/protocol/classroom.ts GameMetrics). */
export interface ClassFigures {
  /** The best depth of the game, when the scenario has a depth worth charting. */
  depth: number | null;
  /** The round of the last decision, for round-based scenarios that decided. */
  roundsToDecide: number | null;
  /** Whether the scenario's checker passed every property, for scenarios with a checker. */
  verdictOk: boolean | null;
  /**
   * Figures of the scenario's own beyond these, for its own class chart and debrief (app/_scenarios/<id>/):
   * each scenario reads only its own. Only the host sees class figures.
   */
  detail?: object;
}

/** The finished game beyond its summary, for figures a summary does not keep (its parameters as stored, its seed, its trace events). */
export interface ClassGame {
  params: unknown;
  seed: number;
  events: readonly { type: string }[];
}

/** What a challenge formula reads from a night's trace (docs/trace-format.md). */
export interface NightRecord {
  outcome: string;
  result: Record<string, { score: number; won: boolean; depth: number | null }>;
  events: readonly { type: string; [field: string]: unknown }[];
  checks?: unknown;
  params: Record<string, unknown>;
}

/** One challenge scoring formula: its words for the card and the score of a night. */
export interface ChallengeRule {
  /** The formula in words, one line per case. */
  lines(): string[];
  /** The night's score for the player in `seat`; a pure function of the stored trace. */
  score(seat: string, night: NightRecord): number;
}

/** A scenario's words for generic screens and logs. */
export interface ScenarioWords {
  /** A short title for lists and tabs, e.g. "Consensus". */
  shortTitle: string;
  /** One line: what the scenario shows. */
  blurb: string;
  /** What the per-seat depth figure means, e.g. "knowledge depth", "decided in round" (followed by the figure). */
  depthLabel: string;
  /** The leaderboard's heading for a player's best depth, e.g. "deepest known", "best round". */
  depthColumn: string;
}

/**
 * What a finished game's stored trace states (docs/trace-format.md), its parameters already
 * checked against the scenario's schema: all a reveal may be rebuilt from.
 */
export interface TraceFacts<Params = unknown> {
  params: Params;
  seed: number;
  events: readonly { type: string; tick: number; seq?: number }[];
  outcome: string;
  result: Readonly<Record<string, SeatOutcome | undefined>>;
  /**
   * The state the check's replay of the trace ended in (the replay page passes it), for a reveal
   * that needs more than the events hold (Falcon's scores count every tick of downtime): the
   * scenario's own state type.
   */
  final?: unknown;
}

/**
 * What a board of its own ranks players by: "depth" their best depth (for a scenario whose depth
 * is better higher), "wins" the games they won (puzzles solved), "score" their total score.
 */
export type BoardRank = "depth" | "wins" | "score";

/** One leaderboard of its own for a kind of game of a scenario (a protocol, a mode, a size). */
export interface LeaderboardBoard {
  /** Unique within the scenario, and what the page's `board` search parameter names: [a-z0-9-]. */
  key: string;
  /** The board's tab, e.g. "Majority lock". */
  label: string;
  /** What the board ranks by first (players may still switch to total score or win rate). */
  rankBy: BoardRank;
  /** The heading of that figure, e.g. "longest bivalent run", "puzzles solved". */
  figure: string;
}

/** `Reveal`: what the end of a game shows every seat, for scenarios that rebuild it on replay (`revealFromTrace`). */
export interface Scenario<Params, State, Action extends { type: string }, Event, View, Move extends { type: string }, Seat extends string, Reveal = never> {
  id: string;
  title: string;
  words: ScenarioWords;
  paramsSchema: z.ZodType<Params, unknown>;
  /** Inbound move payloads (without a seat: the server adds the seat it authenticated). */
  moveSchema: z.ZodType<Move, unknown>;
  seats(params: Params): Seat[];
  create(params: Params, seed: number): State;
  reduce(state: State, action: Action): ReduceResult<State, Event>;
  /** The action the room's clock feeds in. */
  tick: Action;
  isOver(state: State): boolean;
  /**
   * What each seat may know (the scenario's disclosure.ts): announced parameters and the seat
   * list. Every packet to a seat goes through it; `view` must build its `params` with it.
   */
  disclosure: Disclosure<Params, Seat>;
  /**
   * Everything a seat receives of the game, in its own frame (ids numbered per seat). `memo` is
   * the game's own (its record's `viewMemo`): a scenario may keep there what views share from
   * state to state; without it, views are built afresh.
   */
  view(state: State, seat: Seat, memo?: ViewMemo): View;
  toAction(seat: Seat, move: Move): Action;
  strategies(seat: Seat): readonly string[];
  botMoves(view: View, strategy: string, botSeed: number): readonly Move[];
  summarize(state: State): GameSummary<Seat>;
  /** A finished game as a timeline, for replays and debriefs, from its final state and trace events. */
  timeline(state: State, events: readonly { type: string; tick: number }[]): Timeline;
  /**
   * The reveal the live game showed at its end, rebuilt from a finished game's stored trace,
   * for scenarios whose replay shows one (consensus). Pure; call it on a trace that verifies.
   */
  revealFromTrace?(trace: TraceFacts<Params>): Reveal;
  /**
   * Its traces of version 1 recorded each seat's chain as its depth (the two-party scenarios
   * then; trace version 2 came before any other scenario had a ladder, so no new one sets this).
   */
  recordedChainInVersion1?: true;
  /** Every outcome `summarize` can report. */
  outcomes: readonly string[];
  /** The class of a finished game, from what is stored of it (outcome and checker verdict). */
  outcomeClass(summary: StoredSummary): OutcomeClass;
  /** How far a live game has got. */
  progress(state: State): GameProgress;
  /** Each seat's role, and the bot that stands in for it. */
  role(seat: Seat): SeatRole;
  /**
   * Which per-seat depth is better on a leaderboard: "higher" (a deeper knowledge rung) or
   * "lower" (an earlier decision round). A missing depth never beats a present one.
   */
  depthOrder: "higher" | "lower";
  /** The scenario's own figures for a class chart (`game`: the finished game, for figures its summary does not keep). */
  classFigures(summary: StoredSummary, game?: ClassGame): ClassFigures;
  /** Challenge scoring formulas by rule kind (the catalogue's `scoring.kind`); kinds are unique across scenarios. */
  challengeRules: Readonly<Record<string, ChallengeRule>>;
  /** Its solo challenges, easiest first (server/challenges/catalogue.ts). */
  challenges: readonly ChallengeSpec[];
  /** Its ready-made class rounds (server/classroom/presets.ts). */
  classPresets: readonly ClassRoundPreset[];
  /** The skins that retell it (server/protocol/skins.ts); none if absent. */
  skins?: readonly Skin[];
  /** The engine error codes this scenario refuses with beyond the shared ones (result.ts). */
  errorCodes: readonly string[];
  /**
   * The presenter debrief's question at the moment of decision (presenter.ts); a scenario
   * without one cannot be presented.
   */
  presenter?: ScenarioPresenter;
  /**
   * Leaderboards of its own beside the scenario's: each game also counts on the board `boardOf`
   * names from its parameters (none: only on the scenario's). Keys are stable: stored with the totals.
   */
  boards?: { list: readonly LeaderboardBoard[]; of(params: Params): string | null };
  /**
   * Work to do once per process after the server listens, off the request path (filling shared
   * caches a first game would otherwise wait for), in short slices: the iterator yields when
   * `pause()` is true (its slice has run long enough), and the server serves other work before
   * the next step. Answers never depend on it.
   */
  warm?(pause: () => boolean): Iterator<void, void>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyScenario = Scenario<any, any, any, any, any, any, any, any>;
