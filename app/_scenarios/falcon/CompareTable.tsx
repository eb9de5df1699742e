/**
 * The side-by-side debrief: the operator's result and every compared detector (Falcon, the short
 * and the long plain timeout) on the same fault timeline and network. The live game's debrief and
 * the replay both show it.
 */
import type { FalconMetrics } from "@/server/engine/falcon/scoring";
import type { FalconReveal } from "@/server/engine/falcon/views";
import { sec } from "./falconWords";

const ROW_NAMES: Record<string, string> = { falcon: "Falcon (spies)", "timeout-short": "Short timeout (1 s)", "timeout-long": "Long timeout (8 s)" };

function Row({ name, m, mine }: { name: string; m: FalconMetrics; mine?: boolean }) {
  return (
    <tr className={mine ? "font-semibold bg-amber-50" : ""}>
      <th scope="row" className="text-left pr-2 whitespace-nowrap">
        {name}
      </th>
      <td>
        {m.detected}/{m.failures}
      </td>
      <td>{sec(m.meanDetectionMs)}</td>
      <td>{m.falseSuspicions}</td>
      <td>{m.unnecessaryKills}</td>
      <td>{m.spyCost}</td>
      <td>{m.poisons.length === 0 ? "none" : m.poisons.join(", ")}</td>
      <td>{m.score}</td>
    </tr>
  );
}

/** `operator`: the first row's name ("You", "The operator"); `captionId`: the id of the words that caption the table. */
export function CompareTable({ reveal, operator, captionId }: { reveal: FalconReveal; operator: string; captionId: string }) {
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-labelledby={captionId}>
      <table className="text-sm w-full [&_td]:pr-3 [&_th]:pr-3 [&_td]:whitespace-nowrap" aria-labelledby={captionId} data-testid="falcon-compare">
        <thead>
          <tr className="text-left">
            <th scope="col">Detector</th>
            <th scope="col">Caught</th>
            <th scope="col">Mean detection</th>
            <th scope="col">False suspicions</th>
            <th scope="col">Needless kills</th>
            <th scope="col">Spy cost</th>
            <th scope="col">Poisons</th>
            <th scope="col">Score</th>
          </tr>
        </thead>
        <tbody>
          <Row name={operator} m={reveal.metrics} mine />
          {reveal.compare.rows.map((r) => (
            <Row key={r.detector} name={ROW_NAMES[r.detector] ?? r.detector} m={r.metrics} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
