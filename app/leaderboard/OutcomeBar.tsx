/** How all stored games ended, as one stacked bar. */
import { outcomeColor, outcomeShort } from "@/app/components/outcome";

export function OutcomeBar({ counts }: { counts: { outcome: string; games: number }[] }) {
  const total = counts.reduce((n, c) => n + c.games, 0);
  const order = ["victory", "date", "decided", "no-battle", "nothing", "undecided", "defeat-A", "stood-up-alice", "defeat-B", "stood-up-bob"];
  const sorted = [...counts].sort((a, b) => order.indexOf(a.outcome) - order.indexOf(b.outcome));
  return (
    <figure className="card grid gap-2" aria-label="How games ended">
      <figcaption className="text-sm font-semibold">How the games ended</figcaption>
      <div className="flex h-6 rounded-full overflow-hidden" role="img" aria-label={sorted.map((c) => `${c.outcome}: ${c.games}`).join(", ")}>
        {sorted.map((c) => (
          <div key={c.outcome} className={outcomeColor(c.outcome)} style={{ width: `${(100 * c.games) / total}%` }} />
        ))}
      </div>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600">
        {sorted.map((c) => (
          <li key={c.outcome} className="flex items-center gap-1.5">
            <span className={`inline-block w-2.5 h-2.5 rounded-sm ${outcomeColor(c.outcome)}`} />
            {outcomeShort(c.outcome)}: {c.games} ({Math.round((100 * c.games) / total)}%)
          </li>
        ))}
      </ul>
    </figure>
  );
}
