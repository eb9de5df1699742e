"use client";
/**
 * Falcon on the class screens: each group's kept timeout against what it got (detection time,
 * false suspicions, unnecessary kills, spy cost), with Falcon's bot and both plain timeouts on the
 * same faults as reference rows, and the debrief that names each group's poison.
 */
import type { Poison } from "@/server/engine/falcon/scoring";
import { ChartTable, classFill } from "@/app/class/_ui/ChartTable";
import type { DebriefGame } from "@/app/class/_ui/RoundDebrief";
import type { ClassChartProps } from "../classUi";
import { detectionWords, groupRows, groupsByPoison, meanWords, referenceRows, seconds, type PoisonedGroup, type TimeoutRow } from "./classRows";

const W = 360;
const ROW = 18;
const TOP = 24;
/** Where each column starts (or, for right-aligned ones, ends). */
const X = { label: 9, timeoutEnd: 120, detection: 126, barMax: 44, marks: 242, spiesEnd: 356 };
const MAX_MARKS = 7;

const poisonWords = (poisons: readonly Poison[]) => (poisons.length === 0 ? "none" : poisons.join(", "));

/** One row: its poison's mark, name, timeout, a detection bar, a mark per false suspicion (dot) and unnecessary kill (cross), spy cost. */
function Row({ row, y, maxMs }: { row: TimeoutRow; y: number; maxMs: number }) {
  const r = row.result;
  const bar = r.meanDetectionMs === null ? 0 : Math.max(1, (X.barMax * r.meanDetectionMs) / maxMs);
  const marks = [...Array<"dot">(Math.round(r.falseSuspicions)).fill("dot"), ...Array<"cross">(Math.round(r.unnecessaryKills)).fill("cross")];
  const base = y + 13;
  return (
    <g data-testid="falcon-timeout-row">
      <rect x={0} y={y + 4} width={6} height={11} fill={classFill(row.cls)} />
      <text x={X.label} y={base} className={`fill-slate-800 text-[11px] ${row.reference ? "italic" : ""}`}>{row.label}</text>
      <text x={X.timeoutEnd} y={base} textAnchor="end" className="fill-slate-900 text-[11px] font-semibold">{row.timeoutMs === null ? "spies" : seconds(row.timeoutMs)}</text>
      <rect x={X.detection} y={y + 5} width={bar} height={9} className={r.missed > 0 || r.poisons.includes("slow detection") ? "fill-slate-400" : "fill-sky-500"} />
      <text x={X.detection + bar + 3} y={base} className={`text-[10px] ${r.missed > 0 ? "fill-rose-700" : "fill-slate-700"}`}>{detectionWords(r)}</text>
      {marks.length === 0 && <text x={X.marks} y={base} className="fill-slate-400 text-[10px]">none</text>}
      {marks.slice(0, MAX_MARKS).map((m, i) => {
        const cx = X.marks + 4 + i * 9;
        return m === "dot" ? (
          <circle key={i} cx={cx} cy={y + 9.5} r={3.5} className="fill-rose-600" />
        ) : (
          <path key={i} d={`M${cx - 3.5} ${y + 6}l7 7m0 -7l-7 7`} className="stroke-rose-900" strokeWidth={2} />
        );
      })}
      {marks.length > MAX_MARKS && <text x={X.marks + 4 + MAX_MARKS * 9} y={base} className="fill-rose-800 text-[10px]">+{marks.length - MAX_MARKS}</text>}
      <text x={X.spiesEnd} y={base} textAnchor="end" className="fill-slate-700 text-[11px] tabular-nums">{r.spyCost > 0 ? r.spyCost : "–"}</text>
    </g>
  );
}

/** Each group's kept timeout against what it got, shortest first, then the bots on the same faults. */
export function TimeoutChart({ metrics, groups }: ClassChartProps) {
  const rows = groupRows(metrics, groups);
  const refs = referenceRows(metrics);
  if (rows.length === 0) return <p className="text-sm text-slate-500 py-8 text-center">No Falcon game with its figures yet.</p>;
  const all = [...rows, ...refs];
  const maxMs = Math.max(1_000, ...all.map((r) => r.result.meanDetectionMs ?? 0));
  const refTop = TOP + rows.length * ROW + 18;
  const height = refs.length > 0 ? refTop + refs.length * ROW + 4 : TOP + rows.length * ROW + 4;
  const summary = refs.map((r) => `${r.label}: ${detectionWords(r.result)}, poison ${poisonWords(r.result.poisons)}`).join("; ");
  return (
    <figure className="grid gap-2" data-testid="falcon-timeout-chart">
      <svg
        viewBox={`0 0 ${W} ${height}`}
        className="w-full max-w-md"
        role="img"
        aria-label={`Each group's timeout against its mean detection time, false suspicions, unnecessary kills and spy cost, shortest timeout first${summary ? `. On the same faults, ${summary}` : ""}.`}
      >
        <g className="fill-slate-500 text-[10px]">
          <text x={X.label} y={12}>Group</text>
          <text x={X.timeoutEnd} y={12} textAnchor="end">Timeout</text>
          <text x={X.detection} y={12}>Detection</text>
          <text x={X.marks} y={12}>Suspicions, kills</text>
          <text x={X.spiesEnd} y={12} textAnchor="end">Spies</text>
        </g>
        <line x1={0} x2={W} y1={17} y2={17} className="stroke-slate-200" />
        {rows.map((row, i) => (
          <Row key={row.key} row={row} y={TOP + i * ROW - 4} maxMs={maxMs} />
        ))}
        {refs.length > 0 && (
          <>
            <line x1={0} x2={W} y1={refTop - 12} y2={refTop - 12} className="stroke-slate-300" strokeDasharray="3 3" />
            <text x={X.label} y={refTop - 1} className="fill-slate-500 text-[10px]">Bots on the same faults</text>
            {refs.map((row, i) => (
              <Row key={row.key} row={row} y={refTop + 2 + i * ROW} maxMs={maxMs} />
            ))}
          </>
        )}
      </svg>
      <Legend />
      <ChartTable
        caption="Each group's timeout and what it got, with the bots on the same faults"
        head={["Who", "Timeout", "Mean detection", "Missed", "False suspicions", "Unnecessary kills", "Spy cost", "Poison"]}
        rows={all.map((r) => [r.label, r.timeoutMs === null ? "spies" : seconds(r.timeoutMs), r.result.meanDetectionMs === null ? "–" : seconds(r.result.meanDetectionMs), r.result.missed, r.result.falseSuspicions, r.result.unnecessaryKills, r.result.spyCost, poisonWords(r.result.poisons)])}
      />
    </figure>
  );
}

function Legend() {
  const swatch = (cls: "success" | "neither" | "unsafe", words: string) => (
    <span className="inline-flex items-center gap-1">
      <svg width="8" height="11" aria-hidden="true"><rect width="8" height="11" fill={classFill(cls)} /></svg>
      {words}
    </span>
  );
  return (
    <p className="flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-600">
      {swatch("success", "no poison")}
      {swatch("neither", "slow detection")}
      {swatch("unsafe", "lost accuracy or intrusive")}
      <span className="inline-flex items-center gap-1"><svg width="8" height="8" aria-hidden="true"><circle cx="4" cy="4" r="3.5" className="fill-rose-600" /></svg>false suspicion</span>
      <span className="inline-flex items-center gap-1"><svg width="9" height="9" aria-hidden="true"><path d="M1 1l7 7m0 -7l-7 7" className="stroke-rose-900" strokeWidth={2} /></svg>unnecessary kill</span>
    </p>
  );
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const who = (g: PoisonedGroup) => `Group ${g.group} (${g.operator}, ${seconds(g.detail.timeoutMs)})`;

const POISON_LINES: { poison: Poison | "clean"; title: string; what: (g: PoisonedGroup) => string }[] = [
  { poison: "lost accuracy", title: "Lost accuracy: declared a live service failed", what: (g) => count(g.detail.falseSuspicions, "false suspicion", "false suspicions") },
  { poison: "intrusive", title: "Intrusive: killed what was only slow or cut off", what: (g) => count(g.detail.unnecessaryKills, "unnecessary kill", "unnecessary kills") },
  { poison: "slow detection", title: "Slow detection: failures found late or never", what: (g) => meanWords(g.detail) },
  { poison: "clean", title: "No poison", what: (g) => `${meanWords(g.detail)}${g.detail.spyCost > 0 ? `, spies cost ${g.detail.spyCost}` : ""}` },
];

/** After the table: each group under the poison its timeout picked, and the question the bots answer on the same faults. */
export function FalconClassDebrief({ finished }: { finished: DebriefGame[] }) {
  const by = groupsByPoison(finished);
  const refs = referenceRows(finished.flatMap((g) => (g.metrics ? [g.metrics] : [])));
  if (Object.values(by).every((gs) => gs.length === 0)) return null;
  const falcon = refs.find((r) => r.key === "ref-falcon");
  const plain = refs.filter((r) => r.key !== "ref-falcon");
  return (
    <section className="card grid gap-2 text-sm" aria-label="Each group's poison" data-testid="falcon-class-debrief">
      <h3 className="font-semibold text-base">Each group&apos;s poison</h3>
      <ul className="grid gap-1.5 list-disc pl-5">
        {POISON_LINES.filter((l) => by[l.poison].length > 0).map((l) => (
          <li key={l.poison}>
            <strong>{l.title}</strong>: {by[l.poison].map((g) => `${who(g)}: ${l.what(g)}`).join("; ")}.
          </li>
        ))}
      </ul>
      {falcon && (
        <p>
          <strong>Kill it or wait?</strong> On the same faults, Falcon&apos;s spies detected in {detectionWords(falcon.result)} with {count(falcon.result.falseSuspicions, "false suspicion", "false suspicions")} and{" "}
          {count(falcon.result.unnecessaryKills, "unnecessary kill", "unnecessary kills")}, for a spy cost of {falcon.result.spyCost}
          {plain.length > 0 && `; ${plain.map((r) => `a plain ${seconds(r.timeoutMs ?? 0)} timeout picked ${poisonWords(r.result.poisons)}`).join(", ")}`}. A timeout alone cannot tell a pause or a
          partition from a crash: a spy inside the layer can, and during a partition the right move is to wait.
        </p>
      )}
    </section>
  );
}
