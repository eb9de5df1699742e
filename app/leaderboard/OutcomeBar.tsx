/** How all stored games ended, as one stacked bar. */
import { OUTCOME_SHORT, isOutcome } from "@/app/components/outcome";

const COLORS: Record<string, string> = {
  victory: "bg-emerald-500",
  "no-battle": "bg-slate-400",
  "defeat-A": "bg-rose-500",
  "defeat-B": "bg-rose-400",
};

export function OutcomeBar({ counts }: { counts: { outcome: string; games: number }[] }) {
  const total = counts.reduce((n, c) => n + c.games, 0);
  const order = ["victory", "no-battle", "defeat-A", "defeat-B"];
  const sorted = [...counts].sort((a, b) => order.indexOf(a.outcome) - order.indexOf(b.outcome));
  return (
    <figure className="card grid gap-2" aria-label="How games ended">
      <figcaption className="text-sm font-semibold">How the games ended</figcaption>
      <div className="flex h-6 rounded-full overflow-hidden" role="img" aria-label={sorted.map((c) => `${c.outcome}: ${c.games}`).join(", ")}>
        {sorted.map((c) => (
          <div key={c.outcome} className={COLORS[c.outcome] ?? "bg-slate-300"} style={{ width: `${(100 * c.games) / total}%` }} />
        ))}
      </div>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600">
        {sorted.map((c) => (
          <li key={c.outcome} className="flex items-center gap-1.5">
            <span className={`inline-block w-2.5 h-2.5 rounded-sm ${COLORS[c.outcome] ?? "bg-slate-300"}`} />
            {isOutcome(c.outcome) ? OUTCOME_SHORT[c.outcome] : c.outcome}: {c.games} ({Math.round((100 * c.games) / total)}%)
          </li>
        ))}
      </ul>
    </figure>
  );
}
