/**
 * A consensus run's replay story: the run as of the replay's moment (at the end, revealed: inputs,
 * decisions, crashes, scores and the checker's verdict, rebuilt from the trace by the engine), the
 * scrubbable replay, and every message in a fold (as of the replay's moment too). Consensus has no two-party debrief: its story is
 * the checker's verdict.
 */
import { ReplayLens, ReplayRunReport } from "./lazy";
import type { PickAnalysis } from "@/server/engine/consensus/picks";
import type { ConsensusParams, ConsensusReveal } from "@/server/engine/consensus";
import type { ReplayStoryProps } from "../replayUi";

export function ConsensusReplayStory({ gameId, params, seats, timeline, reveal, viewer, analysis }: ReplayStoryProps) {
  // The engine's consensus revealFromTrace built it, from parameters the replay parsed.
  const run = reveal as ConsensusReveal | null;
  const { detector } = params as unknown as ConsensusParams;
  // The lens wraps the story: the switch, the report and viewer, the free picks, every message.
  return (
    <ReplayLens timeline={timeline} analysis={(analysis as PickAnalysis | undefined) ?? null}>
      {run && <ReplayRunReport gameId={gameId} reveal={run} seats={seats} detector={detector} />}
      {viewer}
    </ReplayLens>
  );
}
