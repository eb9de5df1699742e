/** A scenario's scoring table, the same for humans and bots (the engine's scoring.ts). */
import { GENERALS_SCORING, GENERALS_SCORING_ROWS } from "@/server/engine/generals/scoring";
import { LOVERS_SCORING_ROWS } from "@/server/engine/lovers/view";

export function ScoringTable({ scenario = "generals", enemy = false }: { scenario?: "generals" | "lovers"; enemy?: boolean }) {
  const rows =
    scenario === "lovers"
      ? LOVERS_SCORING_ROWS.map((r) => ({ outcome: r.outcome, points: r.points, enemy: null }))
      : GENERALS_SCORING_ROWS.map((r) => ({ outcome: r.outcome, points: r.general, enemy: r.enemy }));
  const cost = -GENERALS_SCORING.perMessenger;
  return (
    <details className="card text-sm">
      <summary className="cursor-pointer font-semibold">How scoring works</summary>
      <table className="w-full mt-2">
        <thead className="text-left text-slate-500">
          <tr>
            <th className="font-normal py-1">at the end</th>
            <th className="font-normal py-1">{scenario === "lovers" ? "lovers" : "generals"}</th>
            {enemy && <th className="font-normal py-1 text-right">Enemy</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.outcome} className="border-t border-slate-100">
              <td className="py-1 pr-2">{row.outcome}</td>
              <td className="py-1 pr-2">{row.points}</td>
              {enemy && row.enemy !== null && <td className="py-1 text-right font-mono">{row.enemy > 0 ? `+${row.enemy}` : row.enemy}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-2 text-slate-600">
        Every {scenario === "lovers" ? "SMS" : "messenger"} costs its sender {cost} point.
      </p>
    </details>
  );
}
