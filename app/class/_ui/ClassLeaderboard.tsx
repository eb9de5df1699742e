/** The class's own leaderboard on the history page: total over the session, each row's best game a click away. */
import Link from "next/link";
import type { SessionRow } from "@/server/storage/sessionLeaderboard";

export function ClassLeaderboard({ rows }: { rows: SessionRow[] }) {
  if (rows.length === 0) return null;
  return (
    <section className="card grid gap-3" aria-labelledby="class-board">
      <h2 id="class-board" className="text-xl font-semibold">Class leaderboard</h2>
      <p className="text-sm text-slate-600">Every student&apos;s score added up over the session&apos;s games; equal totals share a rank.</p>
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Class leaderboard, scrollable">
        <table className="w-full text-sm" data-testid="class-leaderboard">
          <thead className="text-left text-slate-500">
            <tr>
              <th className="py-1 pr-3">#</th>
              <th className="py-1 pr-3">Student</th>
              <th className="py-1 pr-3 text-right">Total</th>
              <th className="py-1 pr-3 text-right">Games</th>
              <th className="py-1 pr-3 text-right">Won</th>
              <th className="py-1">Best game</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.playerId} className="border-t border-slate-100">
                <td className="py-1 pr-3 tabular-nums">{r.rank}</td>
                <td className="py-1 pr-3 font-medium">{r.nickname}</td>
                <td className="py-1 pr-3 text-right tabular-nums">{r.totalScore}</td>
                <td className="py-1 pr-3 text-right tabular-nums">{r.games}</td>
                <td className="py-1 pr-3 text-right tabular-nums">{r.wins}</td>
                <td className="py-1">
                  <Link href={`/games/${r.bestGameId}`} className="underline" target="_blank">
                    replay ({r.bestScore > 0 ? "+" : ""}{r.bestScore})
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
