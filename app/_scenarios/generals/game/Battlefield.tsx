"use client";
/**
 * The live battlefield, drawn from one seat's view only. A general sees its own messengers
 * walk into the valley and then lose them from sight (it cannot know their fate), and sees
 * the other side's messengers only once they reach its camp. The Enemy sees the whole valley
 * and captures by clicking a messenger. After dawn everyone sees every fate.
 */
import type { EnemyView, GeneralsView, GeneralView } from "@/server/engine/generals/view";
import { Landscape } from "../Landscape";
import { SEAT_COLOR } from "@/app/components/outcome";
import { CAMP, pathPoint, progress } from "../valley";
import type { Telling } from "../telling";
import type { Skin } from "@/server/protocol/skins";

interface Props {
  telling: Telling;
  skin?: Skin;
  view: GeneralsView;
  tickMs: number;
  onCapture?: (messengerId: number) => void;
}

export function Battlefield({ telling: t, skin, view, tickMs, onCapture }: Props) {
  const dawn = view.tick / view.params.dawnTick;
  const label =
    view.seat === "enemy"
      ? `${capitalise(t.valley)} seen by ${t.enemy}: every ${t.messenger} crossing`
      : `The map seen by ${t.party(view.seat)}: your ${t.messenger}s leave your base and vanish into ${t.valley}`;
  return (
    <Landscape skin={skin} fog={view.params.enemy === "none" ? view.params.captureProbability : 0} enemy={view.params.enemy !== "none"} dawn={dawn} you={view.seat} label={label}>
      {view.reveal ? <Revealed view={view} /> : view.seat === "enemy" ? <EnemyOverlay telling={t} view={view} tickMs={tickMs} onCapture={onCapture} /> : <GeneralOverlay view={view} tickMs={tickMs} />}
    </Landscape>
  );
}

/**
 * The radius of a messenger's tap target, in field units. The field is FIELD.width (800) units
 * wide and a 320 px phone draws it about 296 px wide: 33 units are 24 px there (WCAG 2.2 target
 * size), 26 px on a 390 px phone.
 */
const HIT_RADIUS = 33;

function Walker({ from, f, tickMs, children, faded }: { from: "A" | "B"; f: number; tickMs: number; faded?: boolean; children?: React.ReactNode }) {
  const p = pathPoint(from, f);
  return (
    <g className="messenger" style={{ transform: `translate(${p.x}px, ${p.y}px)`, transition: `transform ${tickMs}ms linear` }} opacity={faded ? 0.45 : 1}>
      <circle r="9" fill={SEAT_COLOR[from]} stroke="#f8fafc" strokeWidth="2" />
      {children}
    </g>
  );
}

function GeneralOverlay({ view, tickMs }: { view: GeneralView; tickMs: number }) {
  const d = view.params.crossingTicks;
  const other = view.seat === "A" ? "B" : "A";
  return (
    <g>
      {view.sent.map((m) => {
        const arrivesAt = m.sentAt + d;
        if (view.tick < arrivesAt) {
          return <Walker key={`sent-${m.id}`} from={view.seat} f={progress(view.tick, m.sentAt, arrivesAt)} tickMs={tickMs} />;
        }
        if (view.tick <= arrivesAt + 1) {
          // Gone from sight: arrived or captured, the sender cannot tell.
          return (
            <Walker key={`sent-${m.id}`} from={view.seat} f={0.75} tickMs={0} faded>
              <text y="5" textAnchor="middle" fontSize="13" fontWeight="700" fill="#fff">?</text>
            </Walker>
          );
        }
        return null;
      })}
      {view.received
        .filter((m) => view.tick - m.arrivedAt <= 1)
        .map((m) => (
          <g key={`received-${m.id}`} transform={`translate(${CAMP[view.seat].x + (view.seat === "A" ? 34 : -34)}, ${CAMP[view.seat].y - 4})`}>
            <circle className="arrive-pulse" r="6" fill="none" stroke={SEAT_COLOR[other]} strokeWidth="3" />
            <circle r="8" fill={SEAT_COLOR[other]} stroke="#fff" strokeWidth="2" />
          </g>
        ))}
    </g>
  );
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function EnemyOverlay({ telling: t, view, tickMs, onCapture }: { telling: Telling; view: EnemyView; tickMs: number; onCapture?: (id: number) => void }) {
  return (
    <g>
      {view.captured
        .filter((m) => view.tick - m.capturedAt <= 2)
        .map((m) => (
          <Cross key={m.id} at={pathPoint(m.from, progress(m.capturedAt, m.sentAt, m.arrivesAt))} />
        ))}
      {view.crossing.map((m) => (
        <g
          key={m.id}
          role="button"
          tabIndex={0}
          aria-label={`${t.capture} ${t.messenger} ${m.id}: ${m.kind === "plan" ? t.plan : m.kind} from ${m.from}`}
          className="cursor-crosshair"
          onClick={() => onCapture?.(m.id)}
          onKeyDown={(e) => {
            if (e.key === "Enter" || e.key === " ") onCapture?.(m.id);
          }}
        >
          <Walker from={m.from} f={progress(view.tick, m.sentAt, m.arrivesAt)} tickMs={tickMs}>
            <text y="4" textAnchor="middle" fontSize="10" fontWeight="700" fill="#fff">{m.id}</text>
            {/* The tap target, ringed faintly: wider than the drawn messenger, at least 24 px across on a phone. */}
            <circle r={HIT_RADIUS} fill="transparent" stroke="#f8fafc" strokeOpacity={0.35} strokeWidth={2} strokeDasharray="4 5" data-testid="messenger-target" />
          </Walker>
        </g>
      ))}
    </g>
  );
}

function Revealed({ view }: { view: GeneralsView }) {
  if (!view.reveal) return null;
  return (
    <g>
      {view.reveal.messengers
        .filter((m) => m.fate === "captured")
        .map((m) => (
          <Cross key={m.id} at={pathPoint(m.from, Math.min(0.8, Math.max(0.2, progress(m.settledAt, m.sentAt, m.arrivesAt))))} />
        ))}
    </g>
  );
}

function Cross({ at }: { at: { x: number; y: number } }) {
  return (
    <g transform={`translate(${at.x}, ${at.y})`} stroke="#fecdd3" strokeWidth="4" strokeLinecap="round">
      <line x1="-7" y1="-7" x2="7" y2="7" />
      <line x1="-7" y1="7" x2="7" y2="-7" />
    </g>
  );
}
