/**
 * What a scenario's UI folder gives the play screens: the home page's introduction, the start
 * forms beside it, and the game screen of one seat. The home page, the start panel and the game
 * screen render these for whichever scenario is chosen, and never name a scenario themselves.
 */
import type { ComponentType, ReactNode } from "react";
import type { GameSnapshot } from "@/server/protocol/events";
import type { CreateRequest } from "@/app/lib/useStartGame";
import type { Skin } from "@/server/protocol/skins";

/**
 * A seat's view, as the generic screens see it: the scenario's own view type, of which they read
 * only the scenario id. Each scenario's game screen knows its full type.
 */
export interface SeatView {
  scenario: string;
}

/**
 * A move, as the generic screens see it: each scenario's game screen sends its own move type.
 * A type, not an interface, so that it fits the protocol's open `game:move` payload.
 */
export type SeatMove = { type: string };

/** What the game screen hands a scenario's game component. */
export interface GameProps<View extends SeatView = SeatView, Move extends SeatMove = SeatMove> {
  snapshot: GameSnapshot;
  /** This seat's view (`snapshot.view`, typed by the scenario). */
  view: View;
  /** Sends one move for this seat; a refusal shows in `notice`. */
  move: (move: Move) => Promise<void>;
  /** The last refusal with its dismiss button, or nothing: the scenario places it. */
  notice: ReactNode;
}

/** What the start panel hands each start form. */
export interface StartFormProps {
  /** A request is on its way: the form's buttons wait. */
  busy: boolean;
  /** Creates the game (`game:create`) and takes this browser to its seat. */
  onStart: (payload: CreateRequest) => void;
  /** While a refusal of this form's start is shown beside it: its id, for the button's aria-describedby. */
  errorId?: string;
  /** The telling chosen on the home page (`?skin=`), sent with `game:create`; forms of scenarios without skins ignore it. */
  skin?: Skin;
}

/**
 * What the waiting screens hand a scenario's briefing: the seat it is for (null for a student not
 * seated in the round under way: what every player seat is told) and the parameters announced to
 * that seat (the snapshot's `announced`, or a class round's `params`). Nothing else: a briefing
 * can only say what the seat may know.
 */
export interface BriefingProps {
  seat: string | null;
  /** The scenario's announced parameters for that seat (its disclosure's type); read defensively. */
  params: Readonly<Record<string, unknown>>;
  /** The game's telling (server/protocol/skins.ts), when not the scenario's own. */
  skin?: Skin;
}

export interface PlayUi {
  /**
   * The home page's introduction: heading, picture, the problem in a few paragraphs and how it is
   * scored. Rendered on the server: not a "use client" component; its one prop is the telling chosen (`?skin=`).
   */
  Intro: ComponentType<{ skin?: Skin }>;
  /**
   * For a scenario with skins: the switch between its tellings (`?skin=`), shown under the
   * problem tabs on wide screens; `inline`: one link inside the phone's lead line, so that the
   * start button stays on a phone's first screen (a server component, no hooks).
   */
  Tellings?: ComponentType<{ skin?: Skin; inline?: boolean }>;
  /** For a scenario with skins: its one-line blurb in a telling, the home page's lead on a phone. */
  tellingBlurb?(skin: Skin): string;
  /** The start forms beside the introduction, in order (client components). */
  startForms: readonly ComponentType<StartFormProps>[];
  /** One seat's game screen once the game has started, through to its debrief (a client component). */
  Game: ComponentType<GameProps>;
  /**
   * The card shown while a seat waits and counts down: who you are, the goal and how scoring
   * works in two or three sentences, with the scenario's picture. Takes no hooks (any page may render it).
   */
  Briefing: ComponentType<BriefingProps>;
  /**
   * What the game screen's live region (aria-live="polite") says when this seat's view changes
   * from `before` to `after`: one short sentence per change (a message arrived, what the seat now
   * knows), none for a tick that changed nothing said aloud. `before` is null for the first view.
   * A pure function of the seat's own views, small (every page reads the registry).
   */
  announce?: (before: unknown, after: unknown) => string[];
  /** A seat's name in this scenario where it differs from the shared one (FLP's "adversary" is the scheduler). */
  seatTitle?: (seat: string) => string | undefined;
}

/**
 * A scenario's game component, typed by its own view and move, as the registry's `Game`. The
 * game screen only hands a scenario's `Game` views whose `scenario` is that scenario's id, and
 * the server only accepts the scenario's own moves, so the narrowing is sound.
 */
export function seatGame<View extends SeatView, Move extends SeatMove>(Game: ComponentType<GameProps<View, Move>>): ComponentType<GameProps> {
  return Game as unknown as ComponentType<GameProps>;
}
