/**
 * A space-time diagram of a finished game: one line per party, time running left to right,
 * every message an arrow from its departure to its arrival. A lost one ends in a cross, one
 * still crossing at the end is dashed. Rungs of the knowledge ladder and decisions are marked
 * on their party's line, and so are other marks: a crash is a black cross (the line goes faint
 * after it), anything else tagged "bad" (a decision that disagrees) a red ring. With `at`, only
 * what had happened by then is drawn, and a cursor marks the moment.
 */
import { frameAt, type MessageAt, type Timeline } from "@/server/engine/timeline";
import { axisLabel, clockLabel, partyColor } from "./clock";

export interface SpaceTimeDiagramProps {
  timeline: Timeline;
  /** Draw the game as it stood at the end of this tick. */
  at?: number;
  /** The party reading it, labelled "you". */
  you?: string;
  /** Smaller, for side-by-side worlds. */
  compact?: boolean;
}

const LEFT = 84;
const RIGHT = 40;
const TOP = 46;
const GAP = 130;
/** With more than two parties, lines sit closer so that seven still fit a screen. */
const GAP_MANY = 62;
/** Past this many messages, arrow labels would cover each other: their titles remain. */
const MAX_LABELLED = 24;

export function SpaceTimeDiagram({ timeline, at, you, compact }: SpaceTimeDiagramProps) {
  const end = timeline.endTick;
  const frame = frameAt(timeline, at ?? end);
  const unit = compact ? Math.max(20, 420 / Math.max(1, end)) : Math.max(26, Math.min(52, 720 / Math.max(1, end)));
  const width = LEFT + end * unit + RIGHT;
  const many = timeline.parties.length > 2;
  const gap = many ? GAP_MANY : GAP;
  const height = TOP + gap * (timeline.parties.length - 1) + 56;
  const x = (tick: number) => LEFT + tick * unit;
  const y = (party: string) => TOP + gap * Math.max(0, timeline.parties.findIndex((p) => p.id === party));
  const labelled = !many || timeline.messages.length <= MAX_LABELLED;
  const marks = (timeline.marks ?? []).filter((m) => m.tick <= frame.tick);
  const crashedAt = (party: string) => marks.find((m) => m.party === party && m.label === "crash")?.tick;
  const step = end > 40 ? 10 : end > 20 ? 5 : 2;
  const ticks = Array.from({ length: Math.floor(end / step) + 1 }, (_, i) => i * step);
  const lost = frame.messages.filter((m) => m.status === "lost").length;

  return (
    <figure className="grid gap-2">
      <div className="overflow-x-auto rounded-xl bg-white ring-1 ring-slate-200">
        <svg
          viewBox={`0 0 ${width} ${height}`}
          style={{ minWidth: compact ? undefined : Math.min(width, 600) }}
          className="w-full h-auto block"
          role="img"
          aria-label={`Space-time diagram at ${clockLabel(timeline.clock, frame.tick)}: ${frame.messages.length} messages sent, ${lost} lost`}
          data-tick={frame.tick}
        >
          {ticks.map((t) => (
            <g key={t}>
              <line x1={x(t)} x2={x(t)} y1={22} y2={height - 30} stroke="#e2e8f0" />
              <text x={x(t)} y={height - 12} fontSize="11" textAnchor="middle" fill="#64748b">{axisLabel(timeline.clock, t)}</text>
            </g>
          ))}
          <line x1={x(end)} x2={x(end)} y1={16} y2={height - 30} stroke="#f59e0b" strokeWidth="3" />
          <text x={x(end)} y={13} fontSize="11" textAnchor="middle" fill="#b45309" fontWeight="700">{timeline.endLabel}</text>
          {at !== undefined && <line x1={x(frame.tick)} x2={x(frame.tick)} y1={16} y2={height - 30} stroke="#0f172a" strokeWidth="1.5" strokeDasharray="4 3" data-testid="diagram-cursor" />}
          {timeline.parties.map((p) => {
            const crash = crashedAt(p.id);
            const alive = crash ?? at ?? end;
            return (
              <g key={p.id}>
                <line x1={LEFT} x2={x(alive)} y1={y(p.id)} y2={y(p.id)} stroke={partyColor(timeline, p.id)} strokeWidth="4" strokeLinecap="round" />
                {crash !== undefined && <line x1={x(crash)} x2={x(at ?? end)} y1={y(p.id)} y2={y(p.id)} stroke="#94a3b8" strokeWidth="1.5" strokeDasharray="2 4" />}
                {at !== undefined && <line x1={x(frame.tick)} x2={x(end)} y1={y(p.id)} y2={y(p.id)} stroke={partyColor(timeline, p.id)} strokeOpacity="0.2" strokeWidth="4" />}
                <text x={LEFT - 10} y={y(p.id) + 5} fontSize="13" fontWeight="700" textAnchor="end" fill={partyColor(timeline, p.id)}>
                  {you === p.id ? "you" : p.name.replace("General ", "")}
                </text>
              </g>
            );
          })}
          {frame.messages.map((m) => (
            <MessageArrow key={m.message.id} at={m} x={x} y={y} color={partyColor(timeline, m.message.from)} clock={timeline.clock} ended={frame.tick >= end} labelled={labelled} />
          ))}
          {frame.rungs.map((r) => (
            <g key={r.level} data-rung={r.level}>
              <title>{`Level ${r.level} at ${clockLabel(timeline.clock, r.tick)}: ${r.sentence}`}</title>
              <circle cx={x(r.tick)} cy={y(r.party)} r="10" fill="#fef3c7" stroke="#b45309" strokeWidth="2" />
              <text x={x(r.tick)} y={y(r.party) + 4} fontSize="11" fontWeight="700" textAnchor="middle" fill="#78350f">{r.level}</text>
            </g>
          ))}
          {frame.decisions.map((d) => {
            const cx = x(d.tick);
            const nearEnd = cx > width - 90;
            const above = timeline.parties.findIndex((p) => p.id === d.party) === 0;
            const cy = many ? y(d.party) : y(d.party) + (above ? -20 : 20);
            return (
              <g key={d.party} data-decision={d.label}>
                <title>{`${d.party}: ${d.label} at ${clockLabel(timeline.clock, d.tick)}`}</title>
                <path d={`M${cx} ${cy - 7} L${cx + 7} ${cy} L${cx} ${cy + 7} L${cx - 7} ${cy}Z`} fill={d.acts ? "#dc2626" : "#475569"} stroke={many ? "#fff" : undefined} strokeWidth={many ? 1.5 : undefined} />
                {many ? (
                  // Lines sit close: just the value, beside the diamond, haloed so it reads over arrows.
                  <text x={cx + 10} y={cy + 4} fontSize="11" fontWeight="700" fill="#0f172a" stroke="#fff" strokeWidth="3" paintOrder="stroke">{d.label.replace(/^\D+/, "")}</text>
                ) : (
                  <text x={cx + (nearEnd ? -11 : 11)} y={cy + 4} fontSize="11" textAnchor={nearEnd ? "end" : "start"} fill="#0f172a">{d.label}</text>
                )}
              </g>
            );
          })}
          {marks.map((m, i) => (
            <Mark key={`${m.party}-${m.label}-${i}`} mark={m} cx={x(m.tick)} cy={y(m.party)} clock={timeline.clock} />
          ))}
        </svg>
      </div>
      {!compact && many && (
        <figcaption className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600">
          <span>→ delivered</span>
          <span><span className="text-rose-700">✕</span> dropped: its receiver had crashed</span>
          <span>┄ still on its way at the end</span>
          <span><span className="inline-block w-2.5 h-2.5 rotate-45 bg-red-600 align-middle" /> decided 1 · <span className="inline-block w-2.5 h-2.5 rotate-45 bg-slate-600 align-middle" /> decided 0</span>
          <span><strong className="text-slate-900">✕</strong> crashed (its line goes faint)</span>
          <span><span className="inline-block w-3 h-3 rounded-full ring-2 ring-red-600 align-middle" /> disagrees</span>
          {!labelled && <span>too many arrows to label: point at one to see what it carried</span>}
        </figcaption>
      )}
      {!compact && !many && (
        <figcaption className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600">
          <span>→ arrived</span>
          <span>✕ lost</span>
          <span>┄ still on its way at {timeline.endLabel}</span>
          <span><span className="inline-block w-3 h-3 rounded-full bg-amber-100 ring-2 ring-amber-700 align-middle" /> knowledge level reached</span>
          <span><span className="inline-block w-2.5 h-2.5 rotate-45 bg-red-600 align-middle" /> acts · <span className="inline-block w-2.5 h-2.5 rotate-45 bg-slate-600 align-middle" /> holds back</span>
        </figcaption>
      )}
    </figure>
  );
}

/** A crash: a black cross on the line. Anything else: a red ring with its label. */
function Mark({ mark, cx, cy, clock }: { mark: NonNullable<Timeline["marks"]>[number]; cx: number; cy: number; clock: Timeline["clock"] }) {
  const title = `${mark.party}: ${mark.label} at ${clockLabel(clock, mark.tick)}`;
  if (mark.label === "crash") {
    return (
      <g data-mark="crash" stroke="#0f172a" strokeWidth="4" strokeLinecap="round">
        <title>{title}</title>
        <line x1={cx - 9} y1={cy - 9} x2={cx + 9} y2={cy + 9} />
        <line x1={cx - 9} y1={cy + 9} x2={cx + 9} y2={cy - 9} />
      </g>
    );
  }
  const color = mark.tone === "bad" ? "#dc2626" : "#475569";
  return (
    <g data-mark={mark.label}>
      <title>{title}</title>
      <circle cx={cx} cy={cy} r="13" fill="none" stroke={color} strokeWidth="2.5" />
      <text x={cx} y={cy - 17} fontSize="10" fontWeight="700" textAnchor="middle" fill={color} stroke="#fff" strokeWidth="3" paintOrder="stroke">
        {mark.label}
      </text>
    </g>
  );
}

function MessageArrow(props: { at: MessageAt; x: (t: number) => number; y: (p: string) => number; color: string; clock: Timeline["clock"]; ended: boolean; labelled: boolean }) {
  const m = props.at.message;
  // The consensus relay layer's lists: thin, dotted and violet, unlabelled, under the protocol's arrows.
  if (m.layer === "relay") return <RelayArrow {...props} />;
  return <ProtocolArrow {...props} />;
}

function RelayArrow({ at, x, y, clock }: { at: MessageAt; x: (t: number) => number; y: (p: string) => number; clock: Timeline["clock"] }) {
  const m = at.message;
  const f = at.status === "in-flight" ? Math.max(0.06, at.progress) : 1;
  const [x1, y1, x2, y2] = [x(m.sentAt), y(m.from), x(m.arrivesAt), y(m.to)];
  return (
    <g data-message={m.id} data-status={at.status} data-layer="relay" opacity="0.7">
      <title>{`#${m.id} relayed ${m.label}, sent at ${clockLabel(clock, m.sentAt)}`}</title>
      <line x1={x1} y1={y1} x2={x1 + (x2 - x1) * f} y2={y1 + (y2 - y1) * f} stroke="#8b5cf6" strokeWidth="1.2" strokeDasharray="1.5 3" />
    </g>
  );
}

function ProtocolArrow({ at, x, y, color, clock, ended, labelled }: { at: MessageAt; x: (t: number) => number; y: (p: string) => number; color: string; clock: Timeline["clock"]; ended: boolean; labelled: boolean }) {
  const m = at.message;
  const x1 = x(m.sentAt);
  const y1 = y(m.from);
  const x2 = x(m.arrivesAt);
  const y2 = y(m.to);
  const point = (f: number) => [x1 + (x2 - x1) * f, y1 + (y2 - y1) * f] as const;
  const title = `#${m.id} ${m.label}, sent at ${clockLabel(clock, m.sentAt)}: ${
    m.fate === "delivered" ? `arrived at ${clockLabel(clock, m.settledAt)}` : m.fate === "lost" ? `lost${m.lostBy === "enemy" ? " (captured by the Enemy)" : ""} at ${clockLabel(clock, m.settledAt)}` : `still on its way at the end`
  }`;
  if (at.status === "delivered") {
    return (
      <g data-message={m.id} data-status="delivered">
        <title>{title}</title>
        <line x1={x1} y1={y1} x2={x2} y2={y2} stroke={color} strokeWidth="2.2" />
        <path d={arrowHead(x1, y1, x2, y2)} fill={color} />
        {labelled && <Label x={(x1 + x2) / 2} y={(y1 + y2) / 2} text={m.label} />}
      </g>
    );
  }
  if (at.status === "lost") {
    // An Enemy capture happens mid-crossing; a loss by chance, as it would have arrived.
    const span = Math.max(1, m.arrivesAt - m.sentAt);
    const f = Math.min(0.82, Math.max(0.18, (m.settledAt - m.sentAt) / span));
    const [ex, ey] = point(f);
    return (
      <g data-message={m.id} data-status="lost">
        <title>{title}</title>
        <line x1={x1} y1={y1} x2={ex} y2={ey} stroke={color} strokeWidth="2.2" />
        <g stroke="#be123c" strokeWidth="3" strokeLinecap="round" data-cross>
          <line x1={ex - 6} y1={ey - 6} x2={ex + 6} y2={ey + 6} />
          <line x1={ex - 6} y1={ey + 6} x2={ex + 6} y2={ey - 6} />
        </g>
        {labelled && <Label x={(x1 + ex) / 2} y={(y1 + ey) / 2} text={m.label} />}
      </g>
    );
  }
  // On its way: drawn as far as it has come; a dashed stub if it is still crossing at the end.
  const [ex, ey] = point(Math.max(0.06, at.status === "in-flight" ? at.progress : 1));
  return (
    <g data-message={m.id} data-status="in-flight">
      <title>{title}</title>
      <line x1={x1} y1={y1} x2={ex} y2={ey} stroke={color} strokeWidth="2.2" strokeDasharray="5 4" />
      {!ended && <circle cx={ex} cy={ey} r="5" fill={color} />}
      {labelled && <Label x={(x1 + ex) / 2} y={(y1 + ey) / 2} text={m.label} />}
    </g>
  );
}

function arrowHead(x1: number, y1: number, x2: number, y2: number): string {
  const a = Math.atan2(y2 - y1, x2 - x1);
  const p = (r: number, d: number) => `${x2 - 11 * Math.cos(a + d) * r} ${y2 - 11 * Math.sin(a + d) * r}`;
  return `M${x2} ${y2} L${p(1, 0.4)} L${p(1, -0.4)}Z`;
}

function Label({ x, y, text }: { x: number; y: number; text: string }) {
  return (
    <text x={x + 4} y={y - 4} fontSize="10" fill="#334155" stroke="#fff" strokeWidth="3" paintOrder="stroke">
      {text}
    </text>
  );
}
