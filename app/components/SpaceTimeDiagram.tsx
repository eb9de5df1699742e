"use client";
/**
 * A space-time diagram of a finished game: one line per party, every message an arrow from its
 * departure to its arrival. A lost one ends in a cross, one still crossing at the end is dashed.
 * Rungs of the knowledge ladder and decisions are marked on their party's line, and so are other
 * marks: a crash is a black cross (the line goes faint after it), anything else tagged "bad" (a
 * decision that disagrees) a red ring. With `at`, only what had happened by then is drawn, and a
 * cursor marks the moment.
 *
 * It fits the width of its box: wide, time runs left to right; on a phone, time runs down (see
 * diagramLayout.ts). With `onScrub`, it is a control too: it takes focus, the arrow keys, Home
 * and End move the moment, and a drag moves it (across the drawing when time runs across; down
 * the time axis, where a thumb rests, when time runs down, so that the page still scrolls).
 */
import { useEffect, useRef, useState } from "react";
import { frameAt, type MessageAt, type Timeline } from "@/server/engine/timeline";
import { axisLabel, clockLabel, partyColor } from "./clock";
import { lostToEnemy } from "./outcome";
import { diagramLayout, spacedLabels, type DiagramLayout } from "./diagramLayout";

export interface SpaceTimeDiagramProps {
  timeline: Timeline;
  /** Draw the game as it stood at the end of this tick. */
  at?: number;
  /** The party reading it, labelled "you". */
  you?: string;
  /** Smaller, for side-by-side worlds. */
  compact?: boolean;
  /** Makes the diagram a time control (keys and drags); called with the tick chosen. */
  onScrub?: (tick: number) => void;
}

/** Past this many messages between more than two parties, arrows go unlabelled (their titles remain). */
const MAX_LABELLED = 24;
/** An arrow label's 10 px characters are about this wide. */
const LABEL_CHAR_PX = 5.6;

/** A party's name on the diagram: "you" for the reader, generals by their letter. */
function partyName(party: { id: string; name: string }, you: string | undefined): string {
  return you === party.id ? "you" : party.name.replace(/^(General|Boss) /, "");
}

type Point = (tick: number, party: string) => readonly [number, number];

/** The width of an element's content box, followed as it changes; null until measured. */
function useWidth<T extends HTMLElement>(): [React.RefObject<T | null>, number | null] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState<number | null>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setWidth(Math.floor(el.clientWidth) || null);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

export function SpaceTimeDiagram({ timeline, at, you, compact = false, onScrub }: SpaceTimeDiagramProps) {
  const [boxRef, boxWidth] = useWidth<HTMLDivElement>();
  const dragging = useRef(false);
  const end = timeline.endTick;
  const frame = frameAt(timeline, at ?? end);
  const index = (party: string) => Math.max(0, timeline.parties.findIndex((p) => p.id === party));
  const nameChars = Math.max(0, ...timeline.parties.map((p) => partyName(p, you).length));
  const layout = diagramLayout({ width: boxWidth, endTick: end, parties: timeline.parties.length, compact, nameChars });
  const vertical = layout.orientation === "vertical";
  const { width, height } = layout;
  const point: Point = (tick, party) => layout.point(tick, index(party));
  const many = timeline.parties.length > 2;
  // Arrows are labelled where a label has room along the time axis; many parties' many arrows are not.
  const labelled =
    many && timeline.messages.length > MAX_LABELLED
      ? new Set<number>()
      : spacedLabels(
          timeline.messages.map((m) => {
            const [x1, y1] = point(m.sentAt, m.from);
            const [x2, y2] = point(m.arrivesAt, m.to);
            const at = vertical ? (y1 + y2) / 2 : (x1 + x2) / 2;
            return vertical ? { id: m.id, from: at - 14, to: at } : { id: m.id, from: at + 4, to: at + 4 + m.label.length * LABEL_CHAR_PX };
          }),
        );
  const marks = (timeline.marks ?? []).filter((m) => m.tick <= frame.tick);
  const crashedAt = (party: string) => marks.find((m) => m.party === party && m.label === "crash")?.tick;
  const lost = frame.messages.filter((m) => m.status === "lost").length;
  const scrub = onScrub ? (t: number) => onScrub(Math.max(0, Math.min(end, t))) : undefined;

  /** The tick under a pointer, from its place on the drawing. */
  const tickFromPointer = (e: React.PointerEvent<Element>) => {
    const svg = (e.currentTarget as Element).closest("[data-diagram]")?.querySelector("svg");
    if (!svg) return frame.tick;
    const box = svg.getBoundingClientRect();
    return layout.tickAt(((e.clientX - box.left) * width) / box.width, ((e.clientY - box.top) * height) / box.height);
  };
  const dragHandlers = scrub
    ? {
        onPointerDown: (e: React.PointerEvent<Element>) => {
          dragging.current = true;
          (e.currentTarget as Element).setPointerCapture?.(e.pointerId);
          scrub(tickFromPointer(e));
        },
        onPointerMove: (e: React.PointerEvent<Element>) => {
          if (dragging.current) scrub(tickFromPointer(e));
        },
        onPointerUp: () => {
          dragging.current = false;
        },
        onPointerCancel: () => {
          dragging.current = false;
        },
      }
    : {};
  const keys = scrub
    ? {
        tabIndex: 0,
        role: "group",
        "aria-label": `Diagram at ${clockLabel(timeline.clock, frame.tick)}: arrow keys move through time`,
        onKeyDown: (e: React.KeyboardEvent) => {
          const to = ({ ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, PageDown: 5, PageUp: -5 } as Record<string, number>)[e.key];
          if (to !== undefined) scrub(frame.tick + to);
          else if (e.key === "Home") scrub(0);
          else if (e.key === "End") scrub(end);
          else return;
          e.preventDefault();
        },
      }
    : {};

  // Lines across the time axis (ticks, the end, the cursor), and the time axis labels.
  const across = (tick: number, from: number, to: number) => {
    const [px, py] = layout.point(tick, 0);
    return vertical ? { x1: from, x2: to, y1: py, y2: py } : { x1: px, x2: px, y1: from, y2: to };
  };
  const acrossSpan = vertical ? [layout.gutter - 4, width - 8] : [22, height - 30];
  const endSpan = vertical ? [layout.gutter - 4, width - 4] : [16, height - 30];

  return (
    <figure className="grid gap-2">
      <div
        ref={boxRef}
        data-diagram={layout.orientation}
        className={`relative rounded-xl bg-white ring-1 ring-slate-200 ${scrub && !vertical ? "cursor-ew-resize touch-pan-y select-none" : ""}`}
        {...keys}
        {...(vertical ? {} : dragHandlers)}
      >
        <svg
          viewBox={`0 0 ${width} ${height}`}
          className="w-full h-auto block"
          role="img"
          aria-label={`Space-time diagram at ${clockLabel(timeline.clock, frame.tick)}: ${frame.messages.length} messages sent, ${lost} lost`}
          data-tick={frame.tick}
        >
          {layout.ticks.map((t) => {
            const [px, py] = layout.point(t, 0);
            return (
              <g key={t}>
                <line {...across(t, acrossSpan[0], acrossSpan[1])} stroke="#e2e8f0" />
                {vertical ? (
                  <text x={layout.gutter - 8} y={py + 4} fontSize="11" textAnchor="end" fill="#64748b">{axisLabel(timeline.clock, t)}</text>
                ) : (
                  <text x={px} y={height - 12} fontSize="11" textAnchor="middle" fill="#64748b">{axisLabel(timeline.clock, t)}</text>
                )}
              </g>
            );
          })}
          <line {...across(end, endSpan[0], endSpan[1])} stroke="#f59e0b" strokeWidth="3" />
          {vertical ? (
            // Between the columns, under the end line: the decisions' words sit under their own columns.
            <text x={(layout.gutter + width) / 2} y={layout.point(end, 0)[1] + 16} fontSize="11" textAnchor="middle" fill="#b45309" fontWeight="700">{timeline.endLabel}</text>
          ) : (
            <text x={layout.point(end, 0)[0]} y={13} fontSize="11" textAnchor="middle" fill="#b45309" fontWeight="700">{timeline.endLabel}</text>
          )}
          {vertical && scrub && (
            // The thumb's rail along the time axis: drag it to move through time.
            <g aria-hidden="true">
              <line x1={12} x2={12} y1={layout.point(0, 0)[1]} y2={layout.point(end, 0)[1]} stroke="#fde68a" strokeWidth="6" strokeLinecap="round" />
              <circle cx={12} cy={layout.point(frame.tick, 0)[1]} r="9" fill="#f59e0b" stroke="#fff" strokeWidth="2" />
            </g>
          )}
          {at !== undefined && <line {...across(frame.tick, endSpan[0], endSpan[1])} stroke="#0f172a" strokeWidth="1.5" strokeDasharray="4 3" data-testid="diagram-cursor" />}
          {timeline.parties.map((p) => {
            const crash = crashedAt(p.id);
            const alive = crash ?? at ?? end;
            const segment = (from: number, to: number) => {
              const [x1, y1] = point(from, p.id);
              const [x2, y2] = point(to, p.id);
              return { x1, y1, x2, y2 };
            };
            const [nx, ny] = layout.nameAt(index(p.id));
            const name = partyName(p, you);
            return (
              <g key={p.id}>
                <line {...segment(0, alive)} stroke={partyColor(timeline, p.id)} strokeWidth="4" strokeLinecap="round" />
                {crash !== undefined && <line {...segment(crash, at ?? end)} stroke="#94a3b8" strokeWidth="1.5" strokeDasharray="2 4" />}
                {at !== undefined && <line {...segment(frame.tick, end)} stroke={partyColor(timeline, p.id)} strokeOpacity="0.2" strokeWidth="4" />}
                <text x={nx} y={vertical ? ny : ny + 5} fontSize={vertical && many ? "11" : "13"} fontWeight="700" textAnchor={vertical ? "middle" : "end"} fill={partyColor(timeline, p.id)}>
                  {name}
                </text>
              </g>
            );
          })}
          {frame.messages.map((m) => (
            <MessageArrow key={m.message.id} at={m} point={point} color={partyColor(timeline, m.message.from)} clock={timeline.clock} ended={frame.tick >= end} labelled={labelled.has(m.message.id)} skin={timeline.skin} />
          ))}
          {frame.rungs.map((r) => {
            const [cx, cy] = point(r.tick, r.party);
            return (
              <g key={r.level} data-rung={r.level}>
                <title>{`Level ${r.level} at ${clockLabel(timeline.clock, r.tick)}: ${r.sentence}`}</title>
                <circle cx={cx} cy={cy} r="10" fill="#fef3c7" stroke="#b45309" strokeWidth="2" />
                <text x={cx} y={cy + 4} fontSize="11" fontWeight="700" textAnchor="middle" fill="#78350f">{r.level}</text>
              </g>
            );
          })}
          {frame.decisions.map((d) => <Decision key={d.party} decision={d} point={point} layout={layout} first={index(d.party) === 0} many={many} clock={timeline.clock} />)}
          {marks.map((m, i) => {
            const [cx, cy] = point(m.tick, m.party);
            return <Mark key={`${m.party}-${m.label}-${i}`} mark={m} cx={cx} cy={cy} clock={timeline.clock} />;
          })}
        </svg>
        {vertical && scrub && (
          // The time axis is where a thumb drags; the rest of the drawing scrolls the page as usual.
          <div aria-hidden="true" data-testid="diagram-rail" className="absolute inset-y-0 left-0 touch-none cursor-ns-resize" style={{ width: layout.gutter }} {...dragHandlers} />
        )}
      </div>
      {!compact && many && (
        <figcaption className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600">
          <span>→ delivered</span>
          <span><span className="text-rose-700">✕</span> dropped: its receiver had crashed</span>
          <span>┄ still on its way at the end</span>
          <span><span className="inline-block w-2.5 h-2.5 rotate-45 bg-red-600 align-middle" /> decided 1 · <span className="inline-block w-2.5 h-2.5 rotate-45 bg-slate-600 align-middle" /> decided 0</span>
          <span><strong className="text-slate-900">✕</strong> crashed (its line goes faint)</span>
          <span><span className="inline-block w-3 h-3 rounded-full ring-2 ring-red-600 align-middle" /> disagrees</span>
          {labelled.size < timeline.messages.length && <span>too many arrows to label: point at one to see what it carried</span>}
        </figcaption>
      )}
      {!compact && !many && (
        <figcaption className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600">
          <span>→ arrived</span>
          <span>✕ lost</span>
          <span>┄ still on its way at {timeline.endLabel}</span>
          {/* Only what this game draws: Falcon's heartbeats climb no knowledge ladder. */}
          {timeline.rungs.length > 0 && <span><span className="inline-block w-3 h-3 rounded-full bg-amber-100 ring-2 ring-amber-700 align-middle" /> knowledge level reached</span>}
          {timeline.decisions.length > 0 && <span><span className="inline-block w-2.5 h-2.5 rotate-45 bg-red-600 align-middle" /> acts · <span className="inline-block w-2.5 h-2.5 rotate-45 bg-slate-600 align-middle" /> holds back</span>}
        </figcaption>
      )}
    </figure>
  );
}


/** A decision: a diamond beside its party's line (red: it acts), with what was decided. */
function Decision({ decision: d, point, layout, first, many, clock }: { decision: Timeline["decisions"][number]; point: Point; layout: DiagramLayout; first: boolean; many: boolean; clock: Timeline["clock"] }) {
  const [px, py] = point(d.tick, d.party);
  const vertical = layout.orientation === "vertical";
  // Two parties: the diamond sits off the line, on the outer side; many: on the line.
  const off = many ? 0 : first ? -20 : 20;
  const [cx, cy] = vertical ? [px + off, py] : [px, py + off];
  const nearEnd = cx > layout.width - 90;
  return (
    <g data-decision={d.label}>
      <title>{`${d.party}: ${d.label} at ${clockLabel(clock, d.tick)}`}</title>
      <path d={`M${cx} ${cy - 7} L${cx + 7} ${cy} L${cx} ${cy + 7} L${cx - 7} ${cy}Z`} fill={d.acts ? "#dc2626" : "#475569"} stroke={many ? "#fff" : undefined} strokeWidth={many ? 1.5 : undefined} />
      {many ? (
        // Lines sit close: just the value, beside the diamond, haloed so it reads over arrows.
        <text x={cx + 10} y={cy + 4} fontSize="11" fontWeight="700" fill="#0f172a" stroke="#fff" strokeWidth="3" paintOrder="stroke">{d.label.replace(/^\D+/, "")}</text>
      ) : vertical ? (
        <text x={cx} y={cy + 20} fontSize="11" textAnchor="middle" fill="#0f172a" stroke="#fff" strokeWidth="3" paintOrder="stroke">{d.label}</text>
      ) : (
        <text x={cx + (nearEnd ? -11 : 11)} y={cy + 4} fontSize="11" textAnchor={nearEnd ? "end" : "start"} fill="#0f172a">{d.label}</text>
      )}
    </g>
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

function MessageArrow(props: { at: MessageAt; point: Point; color: string; clock: Timeline["clock"]; ended: boolean; labelled: boolean; skin?: string }) {
  const m = props.at.message;
  // The consensus relay layer's lists: thin, dotted and violet, unlabelled, under the protocol's arrows.
  if (m.layer === "relay") return <RelayArrow {...props} />;
  return <ProtocolArrow {...props} />;
}

function RelayArrow({ at, point, clock }: { at: MessageAt; point: Point; clock: Timeline["clock"]; skin?: string }) {
  const m = at.message;
  const f = at.status === "in-flight" ? Math.max(0.06, at.progress) : 1;
  const [x1, y1] = point(m.sentAt, m.from);
  const [x2, y2] = point(m.arrivesAt, m.to);
  return (
    <g data-message={m.id} data-status={at.status} data-layer="relay" opacity="0.7">
      <title>{`#${m.id} relayed ${m.label}, sent at ${clockLabel(clock, m.sentAt)}`}</title>
      <line x1={x1} y1={y1} x2={x1 + (x2 - x1) * f} y2={y1 + (y2 - y1) * f} stroke="#8b5cf6" strokeWidth="1.2" strokeDasharray="1.5 3" />
    </g>
  );
}

function ProtocolArrow({ at, point: place, color, clock, ended, labelled, skin }: { at: MessageAt; point: Point; color: string; clock: Timeline["clock"]; ended: boolean; labelled: boolean; skin?: string }) {
  const m = at.message;
  const [x1, y1] = place(m.sentAt, m.from);
  const [x2, y2] = place(m.arrivesAt, m.to);
  const point = (f: number) => [x1 + (x2 - x1) * f, y1 + (y2 - y1) * f] as const;
  const title = `#${m.id} ${m.label}, sent at ${clockLabel(clock, m.sentAt)}: ${
    m.fate === "delivered" ? `arrived at ${clockLabel(clock, m.settledAt)}` : m.fate === "lost" ? `lost${m.lostBy === "enemy" ? ` (${lostToEnemy(skin)})` : ""} at ${clockLabel(clock, m.settledAt)}` : `still on its way at the end`
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
