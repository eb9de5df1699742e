/**
 * The story around a Falcon replay: the viewer (its diagram of heartbeats, then in place of the
 * knowledge ladder each layer's truth under the operator's view: replay/ReplayViews.tsx), then
 * the operator's result beside Falcon and the plain timeouts on the same faults.
 */
import type { FalconReplayReveal } from "@/server/engine/falcon/replayReveal";
import type { ReplayStoryProps } from "../replayUi";
import { FalconReplayCompare } from "./lazy";

export function FalconReplayStory({ viewer, reveal, seats }: ReplayStoryProps) {
  // The engine's Falcon revealFromTrace built it, from the state the replay's check ended in.
  const replayed = reveal as FalconReplayReveal | null;
  const operator = seats.find((s) => s.seat === "operator");
  return (
    <section className="grid gap-3">
      {viewer}
      {replayed && <FalconReplayCompare reveal={replayed} operator={operator ? `The operator (${operator.name})` : "The operator"} />}
    </section>
  );
}
