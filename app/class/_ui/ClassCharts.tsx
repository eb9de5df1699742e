"use client";
/**
 * The class's numbers for one round, drawn as they arrive: how the games ended, success against
 * messages sent, knowledge depth or rounds to decide, the checker's verdicts, and outcome per
 * bot line-up. Which charts show depends on the scenario.
 */
import { Bar, BarChart, CartesianGrid, Cell, Legend, Pie, PieChart, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis, ZAxis } from "recharts";
import type { GameMetrics } from "@/server/protocol/classroom";
import { outcomeShort } from "@/app/components/outcome";
import { byMessages, byStrategy, CLASS_COLORS, classOf, classWords, histogram, outcomeCounts, tally, type OutcomeClass } from "./aggregate";

const CLASSES: OutcomeClass[] = ["success", "neither", "unsafe"];
const AXIS = { fontSize: 11, fill: "#475569" };

export function ClassCharts({ scenario, metrics, total }: { scenario: string; metrics: GameMetrics[]; total?: number }) {
  if (metrics.length === 0) {
    return (
      <div className="card text-sm text-slate-500 py-8 text-center" data-testid="class-charts">
        Charts appear here as soon as the first game finishes{total ? ` (0 of ${total} so far)` : ""}.
      </div>
    );
  }
  const words = classWords(scenario);
  const t = tally(metrics);
  const twoParty = scenario !== "consensus";
  const depthOrRounds = twoParty
    ? { title: "Knowledge depth reached", note: "Games per deepest rung either player could be sure of (across), not the messages that got through in a row.", of: (m: GameMetrics) => m.depth }
    : { title: "Rounds to decide", note: "Runs per protocol round of the last decision (across), when every correct process decided.", of: (m: GameMetrics) => m.roundsToDecide };
  return (
    <div className="grid gap-3" data-testid="class-charts">
      <Tiles scenario={scenario} t={t} total={total} words={words} />
      <div className="grid gap-3 md:grid-cols-2">
        <ChartCard title="How the games ended">
          <ResponsiveContainer width="100%" height={200}>
            <BarChart data={outcomeCounts(metrics).map((o) => ({ ...o, label: outcomeShort(o.outcome) }))} margin={{ top: 8, right: 8, bottom: 0, left: -20 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="label" tick={AXIS} interval={0} />
              <YAxis allowDecimals={false} tick={AXIS} />
              <Tooltip />
              <Bar dataKey="games" name="games" isAnimationActive={false}>
                {outcomeCounts(metrics).map((o) => (
                  <Cell key={o.outcome} fill={CLASS_COLORS[o.cls]} />
                ))}
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        </ChartCard>
        <ChartCard title={`${words.success}, by messages sent`} note="How the games ended, as shares, per number of messages the players sent in all.">
          <Stacked data={byMessages(metrics)} x="bucket" words={words} shares />
        </ChartCard>
        <ChartCard title={depthOrRounds.title} note={depthOrRounds.note}>
          <Stacked data={histogram(metrics, depthOrRounds.of)} x="value" words={words} />
        </ChartCard>
        {twoParty ? (
          <ChartCard title="Messages against depth" note="Each dot is a game: messages sent (across), knowledge depth (up: what a player could be sure of). More messages climb the ladder, but never make the last one certain.">
            <DepthScatter metrics={metrics} words={words} />
          </ChartCard>
        ) : (
          <ChartCard title="The checker's verdicts" note="Agreement, validity, integrity and termination, checked on every run.">
            <VerdictPie t={t} />
          </ChartCard>
        )}
        <ChartCard title="Outcome by bot strategy" note="Games grouped by what the bots in them played.">
          <Stacked data={byStrategy(metrics)} x="strategy" words={words} horizontal />
        </ChartCard>
      </div>
    </div>
  );
}

/**
 * Games per outcome class, stacked, per value of `x`: counts in columns, `shares` of each column
 * (every column as tall as 100 %), or counts in `horizontal` rows for long labels.
 */
function Stacked<T extends Record<OutcomeClass, number>>({ data, x, words, shares = false, horizontal = false }: { data: (T & Record<string, unknown>)[]; x: string; words: Record<OutcomeClass, string>; shares?: boolean; horizontal?: boolean }) {
  if (data.length === 0) return <p className="text-sm text-slate-500 py-8 text-center">No data for this chart.</p>;
  const height = horizontal ? Math.max(120, 36 * data.length + 50) : 200;
  return (
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
          <Bar key={c} dataKey={c} name={words[c]} stackId="a" fill={CLASS_COLORS[c]} isAnimationActive={false} />
        ))}
        <Legend wrapperStyle={{ fontSize: 11 }} />
      </BarChart>
    </ResponsiveContainer>
  );
}

/** Each game a dot: messages sent across, knowledge depth up, coloured by outcome. */
function DepthScatter({ metrics, words }: { metrics: GameMetrics[]; words: Record<OutcomeClass, string> }) {
  return (
    <ResponsiveContainer width="100%" height={200}>
      <ScatterChart margin={{ top: 8, right: 8, bottom: 0, left: -20 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis type="number" dataKey="messages" name="messages" allowDecimals={false} tick={AXIS} />
        <YAxis type="number" dataKey="depth" name="depth" allowDecimals={false} tick={AXIS} />
        <ZAxis range={[60, 60]} />
        <Tooltip cursor={{ strokeDasharray: "3 3" }} />
        {CLASSES.map((c) => (
          <Scatter key={c} name={words[c]} data={metrics.filter((m) => classOf(m) === c).map((m) => ({ messages: m.messages, depth: m.depth ?? 0 }))} fill={CLASS_COLORS[c]} isAnimationActive={false} />
        ))}
        <Legend wrapperStyle={{ fontSize: 11 }} />
      </ScatterChart>
    </ResponsiveContainer>
  );
}

/** Runs whose checker found every property held, against runs where one failed. */
function VerdictPie({ t }: { t: ReturnType<typeof tally> }) {
  return (
    <ResponsiveContainer width="100%" height={200}>
      <PieChart>
        <Pie
          data={[
            { name: "All properties hold", value: t.verdictsOk, fill: CLASS_COLORS.success },
            { name: "A property failed", value: t.verdicts - t.verdictsOk, fill: CLASS_COLORS.unsafe },
          ].filter((d) => d.value > 0)}
          dataKey="value"
          nameKey="name"
          innerRadius={45}
          outerRadius={75}
          isAnimationActive={false}
          label={({ value }) => String(value)}
        />
        <Tooltip />
        <Legend wrapperStyle={{ fontSize: 11 }} />
      </PieChart>
    </ResponsiveContainer>
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

function Tiles({ scenario, t, total, words }: { scenario: string; t: ReturnType<typeof tally>; total?: number; words: Record<OutcomeClass, string> }) {
  const pct = (k: number) => `${Math.round((100 * k) / Math.max(1, t.games))}%`;
  const tiles: { label: string; value: string; tone?: string }[] = [
    { label: "games finished", value: total ? `${t.games} / ${total}` : String(t.games) },
    { label: words.success.toLowerCase(), value: pct(t.success), tone: "text-emerald-700" },
    { label: words.unsafe.toLowerCase(), value: pct(t.unsafe), tone: "text-rose-700" },
    { label: "messages per game", value: t.meanMessages === null ? "–" : t.meanMessages.toFixed(1) },
  ];
  if (scenario === "consensus") {
    tiles.push({ label: "rounds to decide", value: t.meanRounds === null ? "–" : t.meanRounds.toFixed(1) });
    tiles.push({ label: "verdicts passed", value: `${t.verdictsOk} / ${t.verdicts}` });
  } else {
    tiles.push({ label: "mean known depth", value: t.meanDepth === null ? "–" : t.meanDepth.toFixed(1) });
  }
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
