/** The Two Generals scoring table, the same for humans and bots (server/engine/generals/scoring.ts). */
import { GENERALS_SCORING, GENERALS_SCORING_ROWS } from "@/server/engine/generals/scoring";

export function ScoringTable({ enemy }: { enemy: boolean }) {
  return (
    <details className="card text-sm">
      <summary className="cursor-pointer font-semibold">How scoring works</summary>
      <table className="w-full mt-2">
        <thead className="text-left text-slate-500">
          <tr>
            <th className="font-normal py-1">at dawn</th>
            <th className="font-normal py-1">generals</th>
            {enemy && <th className="font-normal py-1 text-right">Enemy</th>}
          </tr>
        </thead>
        <tbody>
          {GENERALS_SCORING_ROWS.map((row) => (
            <tr key={row.outcome} className="border-t border-slate-100">
              <td className="py-1 pr-2">{row.outcome}</td>
              <td className="py-1 pr-2">{row.general}</td>
              {enemy && <td className="py-1 text-right font-mono">{row.enemy > 0 ? `+${row.enemy}` : row.enemy}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-2 text-slate-600">Every messenger costs its sender {-GENERALS_SCORING.perMessenger} point.</p>
    </details>
  );
}
