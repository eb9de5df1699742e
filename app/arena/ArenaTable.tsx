/** One page of an arena board: each bot's rating as an interval, its record against par and its failures. */
import Link from "next/link";
import { BotName } from "@/app/components/BotName";
import type { ArenaBoardRow } from "@/server/read/arenaBoard";
import { RatingInterval, ratingScale } from "./RatingInterval";

export function ArenaTable({ rows }: { rows: ArenaBoardRow[] }) {
  const scale = ratingScale(rows);
  return (
    <table className="w-full table-fixed text-sm">
      <thead className="text-left text-slate-500">
        <tr>
          <th className="w-8 py-1 font-normal">#</th>
          <th className="py-1 font-normal">bot</th>
          <th className="w-20 py-1 text-right font-normal sm:w-24">rating</th>
          <th className="hidden py-1 pl-4 font-normal sm:table-cell sm:w-1/4">
            ±2·RD <span className="text-xs">(dashed: par 1500)</span>
          </th>
          <th className="w-24 py-1 text-right font-normal" title="Matches above, at and below par">
            W-D-L
          </th>
          <th className="hidden w-28 py-1 text-right font-normal md:table-cell">failures</th>
          <th className="hidden w-32 py-1 text-right font-normal lg:table-cell">last match</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.botId} className="border-t border-slate-100 align-middle">
            <td className="py-2 font-mono text-slate-500">{r.rank}</td>
            <td className="py-2 pr-2">
              <div className="grid min-w-0">
                <BotName id={r.botId} name={r.name} revoked={r.revoked} />
                <span className="truncate text-xs leading-6 text-slate-500">
                  by{" "}
                  <Link href={`/players/${r.owner.id}`} className="hover:underline">
                    {r.owner.nickname}
                  </Link>
                </span>
              </div>
            </td>
            <td className="py-2 text-right font-mono whitespace-nowrap">
              {Math.round(r.rating)}
              <span className="block text-xs text-slate-500">±{Math.round(2 * r.rd)}</span>
            </td>
            <td className="hidden py-2 pl-4 sm:table-cell">
              <RatingInterval rating={r.rating} rd={r.rd} scale={scale} />
            </td>
            <td className="py-2 text-right font-mono whitespace-nowrap">
              {r.wins}-{r.draws}-{r.losses}
              <span className="block text-xs text-slate-500">{r.matches} {r.matches === 1 ? "match" : "matches"}</span>
            </td>
            <td className="hidden py-2 text-right text-xs text-slate-600 md:table-cell">
              <Failures timeouts={r.timeouts} refused={r.refused} unsafe={r.unsafe} stacked />
            </td>
            <td className="hidden py-2 text-right text-xs text-slate-500 lg:table-cell">{r.lastMatchAt ? r.lastMatchAt.toISOString().slice(0, 16).replace("T", " ") : "–"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** What went wrong, in words ("none" when nothing did); `stacked`: one kind a line, for a narrow column. */
export function Failures({ timeouts, refused, unsafe, stacked = false }: { timeouts: number; refused: number; unsafe: number | boolean; stacked?: boolean }) {
  const parts = [
    timeouts > 0 && `${timeouts} timed out`,
    refused > 0 && `${refused} refused`,
    (unsafe === true || (typeof unsafe === "number" && unsafe > 0)) && (unsafe === true ? "unsafe" : `${unsafe} unsafe`),
  ].filter(Boolean);
  if (parts.length === 0) return <span className="text-slate-500">none</span>;
  return (
    <span className="text-rose-700">
      {parts.map((p, i) => (
        <span key={i} className={`whitespace-nowrap ${stacked ? "block" : ""}`}>
          {i > 0 && !stacked && " · "}
          {p}
        </span>
      ))}
    </span>
  );
}
