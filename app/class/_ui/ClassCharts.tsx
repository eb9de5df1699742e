"use client";
/**
 * The class's numbers for one round, drawn as they arrive: how the games ended, success against
 * messages sent, the scenario's own figure (knowledge depth, rounds to decide) and its side
 * chart, and outcome per bot line-up. The scenario's classroom part says which figure and chart.
 * Games the host's "End now" had stand-in bots finish (GameMetrics.botFinished) are not the
 * students' play: they are left out of every figure, and the charts say how many. Each chart has
 * its numbers as a table under it, and the outcome classes differ by pattern as well as colour.
 */
import { Bar, BarChart, CartesianGrid, Cell, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { GameMetrics } from "@/server/protocol/classroom";
import { classOutcomeWords, showsMessages, type ClassUi } from "@/app/_scenarios/classUi";
import type { Skin } from "@/server/protocol/skins";
import { scenarioUi } from "@/app/_scenarios/registry";
import { outcomeShort } from "@/app/components/outcome";
import { byKind, byMessages, byStrategy, CHART_AXIS as AXIS, CLASS_ORDER as CLASSES, formatMean, histogram, outcomeCounts, tally, type KindRow, type OutcomeClass } from "./aggregate";
import { ChartTable, classFill, ClassPatterns } from "./ChartTable";

/** The words of a scenario the registry does not know (an old round of a retired scenario). */
const PLAIN_WORDS: Record<OutcomeClass, string> = { success: "Succeeded", neither: "Neither", unsafe: "Unsafe" };

/** `groups`: each game's group number, in the order of `metrics` (absent: 1, 2, 3…); `skin`: the round's telling. */
export function ClassCharts({ scenario, metrics: all, groups: allGroups, total, skin }: { scenario: string; metrics: GameMetrics[]; groups?: number[]; total?: number; skin?: Skin }) {
  const kept = all.map((m, i) => ({ m, group: allGroups?.[i] ?? i + 1 })).filter(({ m }) => m.botFinished !== true);
  const metrics = kept.map((k) => k.m);
  const groups = kept.map((k) => k.group);
  const leftOut = all.length - metrics.length;
  if (metrics.length === 0) {
    return (
      <div className="card text-sm text-slate-500 py-8 text-center grid gap-1" data-testid="class-charts">
        {leftOut === 0 ? <p>Charts appear here as soon as the first game finishes{total ? ` (0 of ${total} so far)` : ""}.</p> : <LeftOut count={leftOut} none />}
      </div>
    );
  }
  const ui = scenarioUi(scenario)?.classroom;
  const words = classOutcomeWords(ui, skin) ?? PLAIN_WORDS;
  const t = tally(metrics);
  return (
    <div className="grid gap-3" data-testid="class-charts">
      <ClassPatterns />
      <Tiles ui={ui} t={t} metrics={metrics} finished={all.length} leftOut={leftOut} total={total} words={words} />
      <LeftOut count={leftOut} />
      <div className="grid gap-3 md:grid-cols-2">
        <ChartCard title="How the games ended">
          <ResponsiveContainer width="100%" height={200}>
            <BarChart data={outcomeCounts(metrics).map((o) => ({ ...o, label: outcomeShort(o.outcome, skin) }))} margin={{ top: 8, right: 8, bottom: 0, left: -20 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="label" tick={AXIS} interval={0} />
              <YAxis allowDecimals={false} tick={AXIS} />
              <Tooltip />
              <Bar dataKey="games" name="games" isAnimationActive={false}>
                {outcomeCounts(metrics).map((o) => (
                  <Cell key={o.outcome} fill={classFill(o.cls)} />
                ))}
              </Bar>
            </BarChart>
          </ResponsiveContainer>
          <ChartTable caption="How the games ended" head={["Outcome", "Games"]} rows={outcomeCounts(metrics).map((o) => [outcomeShort(o.outcome, skin), o.games])} />
        </ChartCard>
        {showsMessages(ui) && (
          <ChartCard title={`${words.success}, by messages sent`} note="How the games ended, as shares, per number of messages the players sent in all.">
            <Stacked data={byMessages(metrics)} x="bucket" xLabel="Messages sent" words={words} shares />
          </ChartCard>
        )}
        {ui && (
          <>
            <ChartCard title={ui.figure.title} note={ui.figure.note}>
              <Stacked data={histogram(metrics, ui.figure.of)} x="value" xLabel={ui.figure.column} words={words} />
            </ChartCard>
            <ChartCard title={ui.sideChart.title} note={ui.sideChart.note}>
              <ui.sideChart.Chart metrics={metrics} groups={groups} words={words} />
            </ChartCard>
          </>
        )}
        <ChartCard title="Outcome by bot strategy" note="Games grouped by what the bots in them played.">
          <Stacked data={byStrategy(metrics)} x="strategy" xLabel="Bots" words={words} horizontal />
        </ChartCard>
        <KindChart rows={byKind(metrics)} words={words} />
      </div>
    </div>
  );
}

/**
 * Games per outcome class, stacked, per value of `x`: counts in columns, `shares` of each column
 * (every column as tall as 100 %), or counts in `horizontal` rows for long labels.
 */
function Stacked<T extends Record<OutcomeClass, number>>({ data, x, xLabel, words, shares = false, horizontal = false }: { data: (T & Record<string, unknown>)[]; x: string; xLabel: string; words: Record<OutcomeClass, string>; shares?: boolean; horizontal?: boolean }) {
  if (data.length === 0) return <p className="text-sm text-slate-500 py-8 text-center">No data for this chart.</p>;
  const height = horizontal ? Math.max(120, 36 * data.length + 50) : 200;
  const rows = data.map((d) => {
    const games = CLASSES.reduce((n, c) => n + Number(d[c] ?? 0), 0);
    return [String(d[x]), ...CLASSES.map((c) => (shares ? `${d[c]} (${Math.round((100 * Number(d[c] ?? 0)) / Math.max(1, games))}%)` : Number(d[c] ?? 0)))];
  });
  return (
    <>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={data} layout={horizontal ? "vertical" : "horizontal"} stackOffset={shares ? "expand" : "none"} margin={{ top: 8, right: 8, bottom: 0, left: horizontal ? 8 : -20 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={horizontal} horizontal={!horizontal} />
          {horizontal ? (
            <>
              <XAxis type="number" allowDecimals={false} tick={AXIS} />
              <YAxis type="category" dataKey={x} width={120} tick={AXIS} />
            </>
          ) : (
            <>
              <XAxis dataKey={x} tick={AXIS} />
              {shares ? <YAxis tickFormatter={(v: number) => `${Math.round(v * 100)}%`} tick={AXIS} /> : <YAxis allowDecimals={false} tick={AXIS} />}
            </>
          )}
          <Tooltip />
          {CLASSES.map((c) => (
            <Bar key={c} dataKey={c} name={words[c]} stackId="a" fill={classFill(c)} isAnimationActive={false} />
          ))}
          <Legend wrapperStyle={{ fontSize: 11 }} />
        </BarChart>
      </ResponsiveContainer>
      <ChartTable caption={`Games by ${xLabel.toLowerCase()}`} head={[xLabel, ...CLASSES.map((c) => words[c])]} rows={rows} />
    </>
  );
}

const KIND_WORDS: Record<KindRow["kind"], string> = { person: "People", studentBot: "Students' bots", house: "House bots" };

/**
 * People, students' bots and house bots in the player seats, side by side: drawn only when a
 * student's bot played (a "bring your bot" round), from the scores every seat is told at the end.
 */
function KindChart({ rows, words }: { rows: KindRow[]; words: Record<OutcomeClass, string> }) {
  if (!rows.some((r) => r.kind === "studentBot")) return null;
  const data = rows.map((r) => ({ ...r, who: KIND_WORDS[r.kind] }));
  return (
    <ChartCard title="People, students' bots, house bots" note="How the games each kind played in ended (a game counts once per kind in it), and the kind's mean score per seat.">
      <div data-testid="kind-chart" className="grid gap-1">
        <Stacked data={data} x="who" xLabel="Who played" words={words} horizontal />
        <dl className="grid grid-cols-3 gap-2 text-center">
          {data.map((r) => (
            <div key={r.kind} className="grid">
              <dt className="text-xs text-slate-500 order-2">{r.who}: mean score ({r.seats} {r.seats === 1 ? "seat" : "seats"}, {r.games} {r.games === 1 ? "game" : "games"})</dt>
              <dd className="text-xl font-bold tabular-nums">{formatMean(r.meanScore)}</dd>
            </div>
          ))}
        </dl>
      </div>
    </ChartCard>
  );
}

function ChartCard({ title, note, children }: { title: string; note?: string; children: React.ReactNode }) {
  return (
    <figure className="card grid gap-1 min-w-0">
      <figcaption className="grid">
        <span className="text-sm font-semibold">{title}</span>
        {note && <span className="text-xs text-slate-500">{note}</span>}
      </figcaption>
      {children}
    </figure>
  );
}

/** Says how many bot-finished games the figures leave out (nothing when none); `none`: they were all the finished games. */
function LeftOut({ count, none = false }: { count: number; none?: boolean }) {
  if (count === 0) return null;
  return (
    <p className="text-sm text-slate-600" data-testid="class-left-out">
      {none && "No game to chart: "}
      {count === 1 ? "1 game was" : `${count} games were`} ended with &ldquo;End now&rdquo; and finished by stand-in bots in the students&apos; seats, so
      {none ? " the figures leave them out." : " these figures leave them out."}
    </p>
  );
}

function Tiles({ ui, t, metrics, finished, leftOut, total, words }: { ui: ClassUi | undefined; t: ReturnType<typeof tally>; metrics: GameMetrics[]; finished: number; leftOut: number; total?: number; words: Record<OutcomeClass, string> }) {
  const pct = (k: number) => `${Math.round((100 * k) / Math.max(1, t.games))}%`;
  const tiles: { label: string; value: string; tone?: string }[] = [
    { label: "games finished", value: total ? `${finished} / ${total}` : String(finished) },
    ...(leftOut > 0 ? [{ label: "finished by bots, left out", value: String(leftOut) }] : []),
    // Coloured only when there is something to mark: a red "0%" reads as an alarm.
    { label: words.success.toLowerCase(), value: pct(t.success), tone: t.success > 0 ? "text-emerald-700" : undefined },
    { label: words.unsafe.toLowerCase(), value: pct(t.unsafe), tone: t.unsafe > 0 ? "text-rose-700" : undefined },
    ...(showsMessages(ui) ? [{ label: "messages per game", value: formatMean(t.meanMessages) }] : []),
    ...(ui?.tiles(t, metrics) ?? []),
  ];
  return (
    <dl className="grid grid-cols-2 sm:grid-cols-3 lg:grid-cols-6 gap-2" data-testid="class-tallies">
      {tiles.map((tile) => (
        <div key={tile.label} className="card !p-3 grid">
          <dt className="text-xs text-slate-500 order-2">{tile.label}</dt>
          <dd className={`text-2xl font-bold tabular-nums ${tile.tone ?? ""}`}>{tile.value}</dd>
        </div>
      ))}
    </dl>
  );
}
