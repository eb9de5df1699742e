/**
 * A two-party scoring table: one row per outcome, the two players' points and, when the game
 * has one, the Enemy's. The scenario folder supplies its rows and words from its engine's
 * scoring constants (the same for humans and bots).
 */

export interface ScoringRow {
  outcome: string;
  /** The players' points, in words ("+10 each"). */
  points: string;
  /** The Enemy's points, when the scenario has an Enemy seat. */
  enemy?: number;
}

export function ScoringTable({ rows, players, messageWord, messageCost, enemy = false, enemyWord = "Enemy" }: {
  rows: readonly ScoringRow[];
  /** The column heading of the players' points, in the scenario's words. */
  players: string;
  /** What one message is called, in the scenario's words. */
  messageWord: string;
  /** What one message costs its sender, in points (a positive number). */
  messageCost: number;
  /** Show the Enemy's column. */
  enemy?: boolean;
  /** The Enemy column's heading, in the scenario's (or its skin's) words. */
  enemyWord?: string;
}) {
  return (
    <details className="card text-sm">
      <summary className="cursor-pointer font-semibold">How scoring works</summary>
      <table className="w-full mt-2">
        <thead className="text-left text-slate-500">
          <tr>
            <th className="font-normal py-1">at the end</th>
            <th className="font-normal py-1">{players}</th>
            {enemy && <th className="font-normal py-1 text-right">{enemyWord}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.outcome} className="border-t border-slate-100">
              <td className="py-1 pr-2">{row.outcome}</td>
              <td className="py-1 pr-2">{row.points}</td>
              {enemy && row.enemy !== undefined && <td className="py-1 text-right font-mono">{row.enemy > 0 ? `+${row.enemy}` : row.enemy}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-2 text-slate-600">
        Every {messageWord} costs its sender {messageCost} point.
      </p>
    </details>
  );
}
