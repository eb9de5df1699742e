/**
 * n processes on a ring, drawn from whatever one seat may know: the coordinator wears a gold
 * ring, crashed processes are greyed and crossed out, suspected ones get a dashed red halo,
 * decided ones a badge with their value, and messages are arrows between them.
 */
import { PARTY_COLORS } from "@/app/components/clock";

export interface ProcessRingProps {
  n: number;
  /** What the picture shows, for screen readers. */
  label: string;
  me?: number;
  coordinator?: number;
  /** Processes suspected (by `me`, or by whoever the picture is about). */
  suspects?: number[];
  crashed?: number[];
  decided?: Record<number, 0 | 1>;
  arrows?: { from: number; to: number; color?: string }[];
  className?: string;
}

const C = 120;
const R = 82;
const NODE = 19;

export function ringPoint(i: number, n: number, radius = R): { x: number; y: number } {
  const a = -Math.PI / 2 + (2 * Math.PI * (i - 1)) / n;
  return { x: C + radius * Math.cos(a), y: C + radius * Math.sin(a) };
}

export function ProcessRing({ n, label, me, coordinator, suspects = [], crashed = [], decided = {}, arrows = [], className }: ProcessRingProps) {
  const ids = Array.from({ length: n }, (_, i) => i + 1);
  return (
    <svg viewBox="0 0 240 240" className={className ?? "w-full h-auto block"} role="img" aria-label={label}>
      <circle cx={C} cy={C} r={R} fill="none" stroke="#e2e8f0" strokeWidth="2" strokeDasharray="3 5" />
      {arrows.map((a, k) => {
        const p = ringPoint(a.from, n);
        const q = ringPoint(a.to, n);
        const d = Math.hypot(q.x - p.x, q.y - p.y) || 1;
        const ux = (q.x - p.x) / d;
        const uy = (q.y - p.y) / d;
        const tip = { x: q.x - ux * (NODE + 3), y: q.y - uy * (NODE + 3) };
        const color = a.color ?? "#64748b";
        // The head: a small triangle whose tip touches the target's edge.
        const head = `M${tip.x} ${tip.y} L${tip.x - ux * 9 - uy * 4.5} ${tip.y - uy * 9 + ux * 4.5} L${tip.x - ux * 9 + uy * 4.5} ${tip.y - uy * 9 - ux * 4.5}Z`;
        return (
          <g key={k}>
            <line x1={p.x + ux * (NODE + 2)} y1={p.y + uy * (NODE + 2)} x2={tip.x - ux * 6} y2={tip.y - uy * 6} stroke={color} strokeWidth="2" />
            <path d={head} fill={color} />
          </g>
        );
      })}
      {ids.map((id) => {
        const { x, y } = ringPoint(id, n);
        const down = crashed.includes(id);
        const color = PARTY_COLORS[(id - 1) % PARTY_COLORS.length];
        const value = decided[id];
        return (
          <g key={id} data-process={id}>
            {id === coordinator && <circle cx={x} cy={y} r={NODE + 6} fill="none" stroke="#f59e0b" strokeWidth="4" />}
            {suspects.includes(id) && <circle cx={x} cy={y} r={NODE + 6} fill="none" stroke="#e11d48" strokeWidth="2.5" strokeDasharray="4 3" />}
            <circle cx={x} cy={y} r={NODE} fill={down ? "#94a3b8" : color} stroke={id === me ? "#0f172a" : "#fff"} strokeWidth={id === me ? 3.5 : 2} />
            <text x={x} y={y + 5} textAnchor="middle" fontSize="14" fontWeight="700" fill="#fff">p{id}</text>
            {down && (
              <g stroke="#0f172a" strokeWidth="3.5" strokeLinecap="round">
                <line x1={x - 12} y1={y - 12} x2={x + 12} y2={y + 12} />
                <line x1={x - 12} y1={y + 12} x2={x + 12} y2={y - 12} />
              </g>
            )}
            {value !== undefined && (
              <g>
                <circle cx={x + NODE - 2} cy={y - NODE + 2} r="9" fill="#0f172a" stroke="#fff" strokeWidth="1.5" />
                <text x={x + NODE - 2} y={y - NODE + 6} textAnchor="middle" fontSize="11" fontWeight="700" fill="#fff">{value}</text>
              </g>
            )}
            {id === me && (
              <text x={x} y={y + NODE + 17} textAnchor="middle" fontSize="12" fontWeight="700" fill="#0f172a">you</text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
