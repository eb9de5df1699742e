/**
 * The frame of a small adversary-network picture: n processes on a circle, each linked to the
 * adversary (A) in the middle, the seat's own process (`me`) marked; `mark` adds a scenario's sign
 * beside each process.
 */
import type { ReactNode } from "react";

interface Props {
  n: number;
  me?: number;
  label: string;
  mark: (i: number, at: { x: number; y: number }) => ReactNode;
}

export function AdversaryCircle({ n, me, label, mark }: Props) {
  const R = 44;
  const points = Array.from({ length: n }, (_, i) => {
    const a = -Math.PI / 2 + (2 * Math.PI * i) / n;
    return { x: 80 + R * Math.cos(a), y: 62 + R * Math.sin(a) };
  });
  return (
    <svg viewBox="0 0 160 124" className="w-full max-w-56 mx-auto" role="img" aria-label={label}>
      {points.map((p, i) => (
        <line key={`l${i}`} x1={p.x} y1={p.y} x2={80} y2={62} className="stroke-slate-300" strokeDasharray="3 3" />
      ))}
      <circle cx={80} cy={62} r={11} className="fill-rose-100 stroke-rose-500" />
      <text x={80} y={66} textAnchor="middle" className="fill-rose-700 text-[10px] font-bold">
        A
      </text>
      {points.map((p, i) => (
        <g key={i}>
          <circle cx={p.x} cy={p.y} r={13} className={me === i + 1 ? "fill-sky-200 stroke-sky-700" : "fill-white stroke-slate-600"} strokeWidth={me === i + 1 ? 2 : 1} />
          <text x={p.x} y={p.y + 4} textAnchor="middle" className="fill-slate-800 text-[10px]">
            p{i + 1}
          </text>
          {mark(i, p)}
        </g>
      ))}
    </svg>
  );
}
