/** One page of a ranking; every row opens the replay of that player's best game. */
import Link from "next/link";
import type { LeaderboardRow, RankOrder } from "@/server/read/leaderboard";

/** `figureLabel`: the heading of a board's own figure (wins or best depth) when ranked by it. */
export function RankTable({ rows, order, depthLabel, figureLabel }: { rows: LeaderboardRow[]; order: RankOrder; depthLabel: string; figureLabel: string }) {
  // Ranked by depth, the depth is the ranking column and the side column shows the total instead.
  const side = order === "depth" ? "total" : depthLabel;
  const last = order === "score" ? "total" : order === "winRate" ? "won" : figureLabel;
  if (rows.length === 0) return <p className="text-slate-500 text-sm">Nobody yet.</p>;
  return (
    <table className="w-full text-sm">
      <thead className="text-left text-slate-500">
        <tr>
          <th className="font-normal py-1 w-10">#</th>
          <th className="font-normal py-1">player</th>
          <th className="font-normal py-1 text-right hidden sm:table-cell">games</th>
          <th className="font-normal py-1 text-right hidden sm:table-cell">{side}</th>
          <th className="font-normal py-1 text-right">{last}</th>
          <th className="font-normal py-1 text-right w-16">
            <span className="sr-only">best game</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.playerId} className="border-t border-slate-100">
            <td className="py-1.5 font-mono text-slate-500">{r.rank}</td>
            <td className="py-1.5 font-medium break-all">{r.nickname}</td>
            <td className="py-1.5 text-right text-slate-600 hidden sm:table-cell">{r.games}</td>
            <td className="py-1.5 text-right text-slate-600 hidden sm:table-cell">{order === "depth" ? `${r.totalScore} pts` : (r.bestDepth ?? "–")}</td>
            <td className="py-1.5 text-right font-mono whitespace-nowrap">{figureOf(r, order)}</td>
            <td className="py-1.5 text-right">
              <Link href={`/games/${r.bestGameId}`} className="underline text-slate-700 hover:text-slate-900" title={`Replay ${r.nickname}'s best game (${r.bestScore} pts)`}>
                replay
              </Link>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function figureOf(r: LeaderboardRow, order: RankOrder): string {
  if (order === "score") return `${r.totalScore} pts`;
  if (order === "wins") return `${r.wins} of ${r.games}`;
  if (order === "depth") return String(r.bestDepth ?? "–");
  return `${Math.round(r.winRate * 100)}% of ${r.games}`;
}
