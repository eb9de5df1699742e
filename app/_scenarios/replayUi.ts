/**
 * What a scenario's UI folder gives the replay page (/games/<id>): the line that describes a
 * game's parameters, and the story told around the scrubbable replay once the trace has been
 * replayed and checked. The page owns the header, the check's outcome and the link to the trace.
 */
import type { Skin } from "@/server/protocol/skins";
import type { ComponentType, ReactNode } from "react";
import type { Timeline } from "@/server/engine/timeline";

/** A seat as the trace records it. */
export interface ReplaySeat {
  seat: string;
  kind: "human" | "bot";
  /** Nickname of the human, or the bot's strategy. */
  name: string;
}

/** What a replay's story is told from: a finished game whose trace replayed as stored. */
export interface ReplayStoryProps {
  gameId: string;
  /** The trace's parameters, valid for the scenario (the replay parsed them). */
  params: Record<string, unknown>;
  seats: ReplaySeat[];
  /** The game replayed from its seed and inputs. */
  timeline: Timeline;
  /** The end-of-game reveal rebuilt from the trace (the engine scenario's `revealFromTrace`), or null if it has none. */
  reveal: unknown;
  /** The scrubbable replay, for the story to place. */
  viewer: ReactNode;
  /** What the scenario's `analyse` made of the trace on the server, if it has one. */
  analysis?: unknown;
}

/** What a scenario draws under the replay's diagram in place of each seat's view beside the truth. */
export interface ReplayViewsProps {
  timeline: Timeline;
  /** As in ReplayStoryProps. */
  reveal: unknown;
}

export interface ReplayUi {
  /** The parameters in one line of words, under the replay's title. */
  /** `skin`: the telling the game was played in (server/protocol/skins.ts), if any. */
  describeParams(params: Record<string, unknown>, skin?: Skin): string;
  /** The finished game's story around the viewer: outcome, messages, debriefs. */
  Story: ComponentType<ReplayStoryProps>;
  /**
   * A pure reading of the trace made on the server for the story (for a consensus game, the
   * rounds where the coordinator was free to pick), so the page need not ship the events to the
   * browser.
   */
  analyse?(params: Record<string, unknown>, events: readonly { type: string; tick: number }[]): unknown;
  /**
   * For a scenario with skins: the replayed timeline told in the game's telling (same run, other
   * names and words). Without it, or without a skin, the timeline as replayed.
   */
  retell?(timeline: Timeline, skin: Skin | undefined): Timeline;
  /** A sentence added to the replay check's note, for what else the check vouches for. */
  checkNote?: string;
  /**
   * What stands under the diagram instead of the shared panels (each seat's messages and
   * knowledge ladder beside the truth), for a scenario whose seats those do not describe
   * (Falcon: the operator's view and each layer's truth). It follows the page's moment
   * (useReplayMoment). Without it, the shared panels.
   */
  Views?: ComponentType<ReplayViewsProps>;
}
