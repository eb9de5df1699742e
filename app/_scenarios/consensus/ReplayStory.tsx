/**
 * A consensus run's replay story: the run as of the replay's moment (at the end, revealed: inputs,
 * decisions, crashes, scores and the checker's verdict, rebuilt from the trace by the engine), the
 * scrubbable replay, and every message in a fold (as of the replay's moment too). Consensus has no two-party debrief: its story is
 * the checker's verdict.
 */
import { ReplayFateTable } from "@/app/components/ReplayMoment";
import { ReplayRunReport } from "./lazy";
import type { ConsensusParams, ConsensusReveal } from "@/server/engine/consensus";
import type { ReplayStoryProps } from "../replayUi";

export function ConsensusReplayStory({ gameId, params, seats, timeline, reveal, viewer }: ReplayStoryProps) {
  // The engine's consensus revealFromTrace built it, from parameters the replay parsed.
  const run = reveal as ConsensusReveal | null;
  const { detector } = params as unknown as ConsensusParams;
  return (
    <>
      {run && <ReplayRunReport gameId={gameId} reveal={run} seats={seats} detector={detector} />}
      {viewer}
      <details className="card">
        <summary className="cursor-pointer font-semibold">Every message ({timeline.messages.length})</summary>
        <div className="mt-2 overflow-x-auto" tabIndex={0} role="region" aria-label="Every message, scrollable">
          <ReplayFateTable timeline={timeline} />
        </div>
      </details>
    </>
  );
}
