/**
 * What a scenario's UI folder gives the class screens (app/class): how a round's debrief shows
 * the scenario's own figure, and the host's own-round form. The figures themselves are computed
 * on the server (GameMetrics, from the engine's `outcomeClass` and `classFigures`); this part
 * only says how to show them and how to ask for a round.
 */
import type { ComponentType } from "react";
import type { GameMetrics } from "@/server/protocol/classroom";
import type { Skin } from "@/server/protocol/skins";
import type { OutcomeClass, Tallies } from "@/app/class/_ui/aggregate";
import type { DebriefGame } from "@/app/class/_ui/RoundDebrief";

export interface ClassUi {
  /** The three chart classes in the scenario's words, e.g. "Attacked together", "Both held", "Lone attack". */
  outcomeWords: Record<OutcomeClass, string>;
  /** For a scenario with skins: the same words in a telling (a class round's `skin`). Read them through `classOutcomeWords`. */
  outcomeWordsIn?(skin: Skin): Record<OutcomeClass, string>;
  /** Tailwind colours of the scenario's badge on a preset card. */
  badge: string;
  /** The scenario's own figure of a game: a histogram on the charts and a column of the debrief's table. */
  figure: ClassFigure;
  /** Tiles after the shared ones (games, success, unsafe, messages per game); `metrics`: the games they count. */
  tiles(t: Tallies, metrics: readonly GameMetrics[]): { label: string; value: string }[];
  /** False when the seats exchange no messages (Falcon's monitor only hears heartbeats): every messages figure would say 0. Read it through `showsMessages`. */
  countsMessages?: false;
  /** The chart beside the figure's histogram. */
  sideChart: { title: string; note: string; Chart: ComponentType<ClassChartProps> };
  /** What the debrief shows after its table, from the round's finished games; nothing when it has nothing to say. */
  Debrief: ComponentType<{ finished: DebriefGame[] }>;
  /** The host's own round of this scenario. */
  customRound: CustomRoundUi;
  /** The paces a host may pick for its rounds, and the one a fresh form takes; absent: the class's usual ones (app/class/_ui/paces.ts). */
  paces?: ClassPaces;
}

/**
 * Whether the class screens show a round's messages figures (the tile, the chart by messages sent,
 * a group card's count, the debrief's column): not for a scenario whose seats send none. A
 * scenario the registry does not know (`undefined`) keeps them.
 */
export function showsMessages(ui: ClassUi | undefined): boolean {
  return ui?.countsMessages !== false;
}

/** A round's chart words: its telling's when it has a skin the scenario tells, else the scenario's own (undefined for a scenario the registry does not know). */
export function classOutcomeWords(ui: ClassUi | undefined, skin: Skin | undefined): Record<OutcomeClass, string> | undefined {
  return (skin && ui?.outcomeWordsIn?.(skin)) || ui?.outcomeWords;
}

/** Real milliseconds per game tick a host may pick, each with its words, and the default among them. */
export interface ClassPaces {
  list: readonly { ms: number; label: string }[];
  defaultMs: number;
}

export interface ClassFigure {
  /** The histogram's title and the line under it. */
  title: string;
  note: string;
  /** The debrief table's column heading. */
  column: string;
  /** The figure of one finished game, null when it has none. */
  of(m: GameMetrics): number | null;
}

export interface ClassChartProps {
  metrics: GameMetrics[];
  /** Each game's group number (1-based, as the dashboard numbers them), in the order of `metrics`. */
  groups: number[];
  words: Record<OutcomeClass, string>;
}

/**
 * The host's own round of one scenario: the scenario's own fields (kept per scenario while the
 * host switches back and forth), the seats students take, the bots, and the round they make.
 * The generic part of the form (students per game, what bots play, the pace) is the host's.
 */
export interface CustomRoundUi<Fields = unknown> {
  /** The scenario's own fields on a fresh form. */
  defaults: Fields;
  /** The inputs for them (a "use client" component; its fields sit in the form's grid). */
  Fields: ComponentType<{ fields: Fields; onChange: (fields: Fields) => void }>;
  /** The player seats, in the order students fill them. */
  seats(fields: Fields): string[];
  /** What a bot in a player seat may play, each with a line for the host. */
  botStrategies: readonly { value: string; label: string; blurb: string }[];
  /** The strategy picked when the host switches to this scenario. */
  defaultBot: string;
  /** The words of the "every seat a student" choice, e.g. "pairs". */
  allStudents: string;
  /** The round's parameters, and the bots of its other seats (an Enemy, an adversary). */
  toSpec(fields: Fields): CustomRoundSpec;
}

/** What a scenario's own fields make of a custom round; the host's form adds seats, player bots and pace. */
export interface CustomRoundSpec {
  params: Record<string, unknown>;
  /** Strategies of the seats no student takes and no player bot plays, by seat. */
  bots: Record<string, string>;
}

/** A scenario's custom round, typed by its own fields, as the registry holds it (the form only hands a part back the fields it gave). */
export function customRoundUi<Fields>(ui: CustomRoundUi<Fields>): CustomRoundUi {
  return ui as unknown as CustomRoundUi;
}
