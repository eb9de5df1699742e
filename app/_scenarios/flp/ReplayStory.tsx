/** The story around an FLP replay: the valency along the run. */
import type { ReplayStoryProps } from "../replayUi";
import type { FlpReveal } from "@/server/engine/flp";

export function FlpReplayStory({ viewer, reveal }: ReplayStoryProps) {
  const r = reveal as FlpReveal | null;
  return (
    <section className="grid gap-3">
      {viewer}
      {r && <p>Valency along the run: {r.valencies.join(" ")}</p>}
    </section>
  );
}
