/**
 * A space-time diagram of a finished Two Generals game: one line per general, time running
 * left to right, every messenger an arrow from its departure to its arrival. A captured one
 * ends in a cross, one still crossing at dawn is dashed. Rungs of the knowledge ladder and
 * the commitments are marked on the line of the general who holds them.
 */
import type { RevealView } from "@/server/engine/generals/view";
import type { General } from "@/server/engine/generals/types";
import { SEAT_COLOR } from "./outcome";

export interface SpaceTimeDiagramProps {
  reveal: RevealView;
  dawnTick: number;
  /** The general reading it, labelled "you". */
  you?: string;
}

const LEFT = 70;
const RIGHT = 40;
const Y: Record<General, number> = { A: 46, B: 176 };
const HEIGHT = 232;

export function SpaceTimeDiagram({ reveal, dawnTick, you }: SpaceTimeDiagramProps) {
  const unit = Math.max(26, Math.min(48, 720 / Math.max(1, dawnTick)));
  const width = LEFT + dawnTick * unit + RIGHT;
  const x = (tick: number) => LEFT + tick * unit;
  const step = dawnTick > 40 ? 10 : dawnTick > 20 ? 5 : 2;
  const ticks = Array.from({ length: Math.floor(dawnTick / step) + 1 }, (_, i) => i * step);

  return (
    <figure className="grid gap-2">
      <div className="overflow-x-auto rounded-xl bg-white ring-1 ring-slate-200">
        <svg
          viewBox={`0 0 ${width} ${HEIGHT}`}
          style={{ minWidth: Math.min(width, 640) }}
          className="w-full h-auto block"
          role="img"
          aria-label={`Space-time diagram: ${reveal.messengers.length} messengers between General A and General B before dawn at tick ${dawnTick}`}
        >
          <defs>
            {(["A", "B"] as const).map((g) => (
              <marker key={g} id={`arrow-${g}`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                <path d="M0 0 L10 5 L0 10z" fill={SEAT_COLOR[g]} />
              </marker>
            ))}
          </defs>
          {ticks.map((t) => (
            <g key={t}>
              <line x1={x(t)} x2={x(t)} y1={24} y2={HEIGHT - 30} stroke="#e2e8f0" />
              <text x={x(t)} y={HEIGHT - 12} fontSize="11" textAnchor="middle" fill="#64748b">{t}</text>
            </g>
          ))}
          <line x1={x(dawnTick)} x2={x(dawnTick)} y1={16} y2={HEIGHT - 30} stroke="#f59e0b" strokeWidth="3" />
          <text x={x(dawnTick)} y={13} fontSize="11" textAnchor="middle" fill="#b45309" fontWeight="700">dawn</text>
          {(["A", "B"] as const).map((g) => (
            <g key={g}>
              <line x1={LEFT} x2={x(dawnTick)} y1={Y[g]} y2={Y[g]} stroke={SEAT_COLOR[g]} strokeWidth="4" strokeLinecap="round" />
              <text x={LEFT - 10} y={Y[g] + 5} fontSize="14" fontWeight="700" textAnchor="end" fill={SEAT_COLOR[g]}>
                {g}
                {you === g ? " (you)" : ""}
              </text>
            </g>
          ))}
          {reveal.messengers.map((m) => (
            <MessengerArrow key={m.id} m={m} x={x} dawnTick={dawnTick} />
          ))}
          {reveal.ladder.map((r) => (
            <g key={r.level}>
              <title>{`Level ${r.level} at tick ${r.tick}: ${r.sentence}`}</title>
              <circle cx={x(r.tick)} cy={Y[r.knower]} r="10" fill="#fef3c7" stroke="#b45309" strokeWidth="2" />
              <text x={x(r.tick)} y={Y[r.knower] + 4} fontSize="11" fontWeight="700" textAnchor="middle" fill="#78350f">{r.level}</text>
            </g>
          ))}
          {(["A", "B"] as const).map((g) => {
            const c = reveal.commitments[g];
            const cx = x(c.tick);
            const cy = Y[g] + (g === "A" ? -20 : 20);
            return (
              <g key={g}>
                <title>{`${g} ${c.byDefault ? "held by default at dawn" : `chose to ${c.decision} at tick ${c.tick}`}`}</title>
                <path d={`M${cx} ${cy - 7} L${cx + 7} ${cy} L${cx} ${cy + 7} L${cx - 7} ${cy}Z`} fill={c.decision === "attack" ? "#dc2626" : "#475569"} />
                <text x={cx + 11} y={cy + 4} fontSize="11" fill="#0f172a">
                  {c.decision === "attack" ? "attack" : c.byDefault ? "held" : "hold"}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
      <figcaption className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600">
        <span>→ arrived</span>
        <span>✕ captured</span>
        <span>┄ still crossing at dawn</span>
        <span><span className="inline-block w-3 h-3 rounded-full bg-amber-100 ring-2 ring-amber-700 align-middle" /> knowledge level reached</span>
        <span><span className="inline-block w-2.5 h-2.5 rotate-45 bg-red-600 align-middle" /> attack · <span className="inline-block w-2.5 h-2.5 rotate-45 bg-slate-600 align-middle" /> hold</span>
      </figcaption>
    </figure>
  );
}

function MessengerArrow({ m, x, dawnTick }: { m: RevealView["messengers"][number]; x: (t: number) => number; dawnTick: number }) {
  const x1 = x(m.sentAt);
  const y1 = Y[m.from];
  const x2 = x(m.arrivesAt);
  const y2 = Y[m.to];
  const label = m.kind === "plan" ? "plan" : `ack ${m.acked}`;
  const title = `#${m.id} ${label} from ${m.from}, sent at tick ${m.sentAt}: ${m.fate === "delivered" ? `arrived at tick ${m.settledAt}` : m.fate === "captured" ? `captured (${m.capturedBy}) at tick ${m.settledAt}` : "still crossing at dawn"}`;
  const color = SEAT_COLOR[m.from];
  if (m.fate === "delivered") {
    return (
      <g>
        <title>{title}</title>
        <line x1={x1} y1={y1} x2={x2} y2={y2} stroke={color} strokeWidth="2.2" markerEnd={`url(#arrow-${m.from})`} />
        <ArrowLabel x={(x1 + x2) / 2} y={(y1 + y2) / 2} text={label} />
      </g>
    );
  }
  // Where it stopped: a capture by the Enemy happens mid-crossing; one by chance, as it would have arrived.
  const stopTick = m.fate === "late" ? dawnTick : m.settledAt;
  const span = Math.max(1, m.arrivesAt - m.sentAt);
  const f = Math.min(m.fate === "late" ? 1 : 0.82, Math.max(0.18, (stopTick - m.sentAt) / span));
  const ex = x1 + (x2 - x1) * f;
  const ey = y1 + (y2 - y1) * f;
  return (
    <g opacity={0.9}>
      <title>{title}</title>
      <line x1={x1} y1={y1} x2={ex} y2={ey} stroke={color} strokeWidth="2.2" strokeDasharray={m.fate === "late" ? "5 4" : undefined} />
      {m.fate === "captured" && (
        <g stroke="#be123c" strokeWidth="3" strokeLinecap="round">
          <line x1={ex - 6} y1={ey - 6} x2={ex + 6} y2={ey + 6} />
          <line x1={ex - 6} y1={ey + 6} x2={ex + 6} y2={ey - 6} />
        </g>
      )}
      <ArrowLabel x={(x1 + ex) / 2} y={(y1 + ey) / 2} text={label} />
    </g>
  );
}

function ArrowLabel({ x, y, text }: { x: number; y: number; text: string }) {
  return (
    <text x={x + 4} y={y - 4} fontSize="10" fill="#334155" stroke="#fff" strokeWidth="3" paintOrder="stroke">
      {text}
    </text>
  );
}
