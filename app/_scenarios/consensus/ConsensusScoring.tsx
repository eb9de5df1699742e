/** How a consensus run is scored, from the engine's own constants (consensus/scoring.ts). */
import { CONSENSUS_SCORING } from "@/server/engine/consensus/scoring";

export function ConsensusScoring({ adversary = true }: { adversary?: boolean }) {
  const { decided, perRoundUnder, roundsPar, unsafe } = CONSENSUS_SCORING;
  return (
    <details className="card text-sm">
      <summary className="cursor-pointer font-semibold">How scoring works</summary>
      <ul className="mt-2 grid gap-1.5 text-slate-700">
        <li>
          A process that decides scores <strong>+{decided}</strong>, plus <strong>{perRoundUnder}</strong> for every round under {roundsPar} it
          decided in (deciding in round 1 is worth {decided + perRoundUnder * (roundsPar - 1)}).
        </li>
        <li>If the run breaks Agreement or Validity (only the sandbox lets a coordinator do that), every process scores <strong>{unsafe}</strong>.</li>
        {adversary && (
          <li>The adversary scores the delay it caused: the tick at which the last correct process decided, or the whole limit if one never did.</li>
        )}
      </ul>
    </details>
  );
}
