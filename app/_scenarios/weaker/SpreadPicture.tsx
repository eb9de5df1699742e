/**
 * ε-agreement's picture: one number line per round, each process's value on it as a dot, and the
 * spread between the outermost values, narrowing round by round. An SVG for the eye and a table
 * for screen readers (no hooks: the home page renders it on the server, the game in the browser).
 */
import { num } from "@/server/engine/weaker/terms";

export interface SpreadRow {
  /** "round 1", "decided". */
  label: string;
  values: { process: number; value: number }[];
}

const COLOURS = ["fill-sky-600", "fill-amber-600", "fill-emerald-600", "fill-rose-600", "fill-violet-600"];

export function SpreadPicture({ rows, lo, hi, epsilon, label, testId }: { rows: readonly SpreadRow[]; lo: number; hi: number; epsilon: number; label: string; testId?: string }) {
  const W = 320;
  const left = 58;
  const right = 12;
  const rowH = 22;
  const H = rows.length * rowH + 18;
  const x = (v: number) => left + ((v - lo) / (hi - lo || 1)) * (W - left - right);
  const spread = (r: SpreadRow) => (r.values.length ? Math.max(...r.values.map((v) => v.value)) - Math.min(...r.values.map((v) => v.value)) : 0);
  /** A spread needs two values: a round only one process has reached has none yet. */
  const spreadWords = (r: SpreadRow) => (r.values.length < 2 ? "–" : num(spread(r)));
  return (
    <figure className="grid gap-1" data-testid={testId}>
      <svg viewBox={`0 0 ${W} ${H}`} className="w-full max-w-xl" role="img" aria-label={label}>
        {rows.map((r, i) => {
          const y = 10 + i * rowH;
          const vs = r.values.map((v) => v.value);
          const [a, b] = vs.length ? [Math.min(...vs), Math.max(...vs)] : [lo, lo];
          return (
            <g key={r.label}>
              <text x={0} y={y + 4} className="fill-slate-600 text-[9px]">
                {r.label}
              </text>
              <line x1={left} x2={W - right} y1={y} y2={y} className="stroke-slate-300" />
              {vs.length > 1 && <rect x={x(a)} y={y - 4} width={Math.max(1, x(b) - x(a))} height={8} className={spread(r) <= epsilon ? "fill-emerald-100" : "fill-amber-100"} rx={3} />}
              {r.values.map((v) => (
                <circle key={v.process} cx={x(v.value)} cy={y} r={3.5} className={COLOURS[(v.process - 1) % COLOURS.length]} />
              ))}
            </g>
          );
        })}
        <text x={left} y={H - 2} className="fill-slate-500 text-[8px]">
          {num(lo)}
        </text>
        <text x={W - right} y={H - 2} textAnchor="end" className="fill-slate-500 text-[8px]">
          {num(hi)}
        </text>
      </svg>
      {/* A table ignores sr-only's 1 px width: the wrapper clips it, so a phone's page does not widen. */}
      <div className="sr-only">
        <table>
          <caption>{label}</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Values</th>
              <th scope="col">Spread</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.label}>
                <th scope="row">{r.label}</th>
                <td>{r.values.map((v) => `p${v.process} ${num(v.value)}`).join(", ")}</td>
                <td>{spreadWords(r)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <figcaption className="text-xs text-slate-600">
        {rows.map((r) => `${r.label}: spread ${spreadWords(r)}`).join(" · ")} (ε = {num(epsilon)})
      </figcaption>
    </figure>
  );
}
