"use client";
/**
 * The replay's side-by-side debrief: the operator, Falcon and both plain timeouts on the same
 * faults. It tells how the game ends, so, like the diagram, it waits for the replay's end.
 */
import { useReplayMoment } from "@/app/components/ReplayMoment";
import type { FalconReveal } from "@/server/engine/falcon/views";
import { CompareTable } from "../CompareTable";
import { faultsInWords } from "../falconWords";

export function ReplayCompare({ reveal, operator }: { reveal: FalconReveal; operator: string }) {
  const { tick, end, go } = useReplayMoment();
  return (
    <section className="card grid gap-2" aria-labelledby="falcon-replay-compare-title" data-testid="falcon-replay-compare">
      <h2 id="falcon-replay-compare-title" className="font-semibold">
        Every detector on the same faults
      </h2>
      {tick < end ? (
        <p className="text-sm text-slate-600">
          The operator beside Falcon and the plain timeouts, at the end of the replay.{" "}
          <button type="button" className="underline" onClick={() => go(end)}>
            Go to the end
          </button>
        </p>
      ) : (
        <>
          <p className="text-sm text-slate-600" id="falcon-replay-compare-caption">
            The faults: {faultsInWords(reveal.faults)}. Each detector below met them on the same network, from the game&rsquo;s seed:
          </p>
          <CompareTable reveal={reveal} operator={operator} captionId="falcon-replay-compare-caption" />
        </>
      )}
    </section>
  );
}
