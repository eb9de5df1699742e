"use client";
/**
 * One Falcon seat's screen, first tick to debrief. The operator: the heartbeats as they arrive, its
 * timeout, a spy and a kill per layer, declare. Chaos: its budget, the kinds it may inject, the
 * service's public state. Both: the debrief, side by side on the same fault timeline.
 */
import { useState } from "react";
import type { GameProps } from "@/app/_scenarios/playUi";
import type { ChaosMove, OperatorMove } from "@/server/engine/falcon/moves";
import type { FalconMetrics } from "@/server/engine/falcon/scoring";
import { FALCON_OUTCOME_WORDS } from "@/server/engine/falcon/words";
import { LAYERS, type FaultKind, type Layer } from "@/server/engine/falcon/types";
import type { ChaosView, FalconReveal, FalconView, OperatorView } from "@/server/engine/falcon/views";

const SPY_COST: Record<Layer, number> = { switch: 1, vm: 2, os: 2, app: 3 };
const LAYER_WORDS: Record<Layer, string> = { app: "application", os: "OS", vm: "VM", switch: "switch" };
const sec = (ms: number | null) => (ms === null ? "—" : `${(ms / 1000).toFixed(1)} s`);

export function FalconGame({ view, move, notice }: GameProps<FalconView, OperatorMove | ChaosMove>) {
  return (
    <section className="grid gap-3" data-testid="falcon-game">
      <header className="card flex flex-wrap items-baseline gap-x-4 gap-y-1">
        <h2 className="text-lg font-semibold">{view.role === "operator" ? "You are the operator" : "You are chaos"}</h2>
        <span className="text-sm text-slate-600" data-testid="falcon-clock">
          {sec(view.nowMs)} of {sec(view.params.lengthMs)}
        </span>
      </header>
      {notice}
      {view.phase === "playing" && view.role === "operator" && <Operator view={view} move={move} />}
      {view.phase === "playing" && view.role === "chaos" && <Chaos view={view} move={move} />}
      {view.reveal && <Debrief reveal={view.reveal} outcome={view.outcome} you={view.role} />}
    </section>
  );
}

function HeartbeatStrip({ view }: { view: OperatorView }) {
  const windowMs = 10_000;
  const from = Math.max(0, view.nowMs - windowMs);
  const x = (ms: number) => ((ms - from) / windowMs) * 580 + 10;
  const shown = view.heartbeats.filter((h) => h.arrivedAtMs >= from);
  const silentFrom = view.lastHeartbeatMs ?? view.instanceSinceMs;
  return (
    <svg viewBox="0 0 600 48" role="img" aria-label={`Heartbeats of the last 10 seconds: ${shown.length}; silent for ${sec(view.silentMs)}`} className="w-full h-auto" data-testid="falcon-heartbeats">
      <line x1={10} x2={590} y1={30} y2={30} stroke="#94a3b8" />
      {silentFrom >= from && <rect x={x(silentFrom)} y={14} width={Math.max(0, x(view.nowMs) - x(silentFrom))} height={24} fill={view.suspecting ? "#fecaca" : "#fef3c7"} />}
      {shown.map((h) => (
        <circle key={`${h.incarnation}-${h.seq}`} cx={x(h.arrivedAtMs)} cy={30} r={4} fill={h.incarnation === view.incarnation ? "#16a34a" : "#94a3b8"} />
      ))}
      <text x={10} y={10} fontSize={9} fill="#64748b">
        −10 s
      </text>
      <text x={590} y={10} fontSize={9} textAnchor="end" fill="#64748b">
        now
      </text>
    </svg>
  );
}

function Operator({ view, move }: { view: OperatorView; move: (m: OperatorMove) => Promise<void> }) {
  const [timeout, setTimeoutMs] = useState(view.timeoutMs);
  const lastAnswer = (layer: Layer) => [...view.answers].reverse().find((a) => a.layer === layer);
  const pending = (layer: Layer, kind: "query" | "kill") => view.pending.some((p) => p.layer === layer && p.kind === kind);
  return (
    <div className="grid gap-3">
      <div className="card grid gap-2">
        <p className="text-sm" data-testid="falcon-status">
          Instance #{view.incarnation} · {view.heartbeatsReceived} heartbeats · silent for {sec(view.silentMs)} ·{" "}
          <strong className={view.suspecting ? "text-red-700" : "text-green-700"}>{view.suspecting ? "your timeout has fired" : "trusted"}</strong> · spy cost {view.spyCost}
        </p>
        <HeartbeatStrip view={view} />
        <div className="flex flex-wrap items-center gap-2">
          <label htmlFor="falcon-timeout" className="text-sm font-medium">
            Timeout {sec(timeout)}
          </label>
          <input id="falcon-timeout" type="range" min={500} max={15_000} step={100} value={timeout} onChange={(e) => setTimeoutMs(Number(e.target.value))} className="flex-1 min-w-32" />
          <button type="button" className="btn-secondary" disabled={timeout === view.timeoutMs} onClick={() => void move({ type: "setTimeout", timeoutMs: timeout })}>
            Set timeout
          </button>
        </div>
      </div>
      <div className="card grid gap-2">
        <h3 className="font-semibold">Spies and kills, layer by layer</h3>
        <ul className="grid gap-2">
          {LAYERS.map((layer) => {
            const a = lastAnswer(layer);
            const deployed = view.params.spies.includes(layer);
            return (
              <li key={layer} className="grid grid-cols-[5.5rem_1fr_auto] items-center gap-x-2 gap-y-1 text-sm" data-testid={`falcon-layer-${layer}`}>
                <span className="font-medium">{LAYER_WORDS[layer]}</span>
                <button
                  type="button"
                  className="btn-secondary"
                  aria-label={deployed ? `Ask the ${LAYER_WORDS[layer]} spy (cost ${SPY_COST[layer]})` : `No spy in the ${LAYER_WORDS[layer]}`}
                  disabled={!deployed || pending(layer, "query")}
                  onClick={() => void move({ type: "query", layer })}
                >
                  {deployed ? `Ask spy · ${SPY_COST[layer]}` : "no spy"}
                </button>
                <button type="button" className="btn-secondary" aria-label={`Kill the ${LAYER_WORDS[layer]}`} disabled={pending(layer, "kill")} onClick={() => void move({ type: "kill", layer })}>
                  Kill
                </button>
                <span className="col-span-3 text-slate-600 min-h-5" aria-live="polite">
                  {pending(layer, "query") || pending(layer, "kill") ? "waiting for the answer…" : a ? `${a.kind === "kill" ? "kill" : "spy"}: ${a.answer} at ${sec(a.answeredAtMs)}` : ""}
                </span>
              </li>
            );
          })}
        </ul>
        <button type="button" className="btn-primary justify-self-start" data-testid="falcon-declare" onClick={() => void move({ type: "declare" })}>
          Declare it failed (fail over)
        </button>
        {view.declarations.length > 0 && <p className="text-sm text-slate-600">Your declarations: {view.declarations.map(sec).join(", ")}</p>}
      </div>
    </div>
  );
}

const TEMPORARY = new Set<FaultKind>(["slow", "partition"]);

function Chaos({ view, move }: { view: ChaosView; move: (m: ChaosMove) => Promise<void> }) {
  const [durationMs, setDuration] = useState(3_000);
  return (
    <div className="grid gap-3">
      <div className="card grid gap-2 text-sm">
        <p data-testid="falcon-public">
          Instance #{view.incarnation} in service · {view.failovers.length} failover{view.failovers.length === 1 ? "" : "s"} ·{" "}
          <strong className={view.replying ? "text-green-700" : "text-red-700"}>{view.replying ? "replying" : "not replying"}</strong>
        </p>
        <p>
          Budget left: <strong data-testid="falcon-budget">{view.budgetLeft}</strong>
          {view.plays ? "" : " (a seeded timeline plays: you watch)"}
        </p>
        {view.plan.length > 0 && <p className="text-slate-600">The plan: {view.plan.map((f) => `${f.kind} at ${sec(f.atMs)}`).join(", ")}</p>}
        {view.injected.length > 0 && (
          <p className="text-slate-600">Your faults: {view.injected.map((f) => `${f.kind} at ${sec(f.atMs)}${f.effect === "fizzled" ? " (fizzled)" : ""}`).join(", ")}</p>
        )}
      </div>
      {view.plays && (
        <div className="card grid gap-2">
          <h3 className="font-semibold">Inject a fault</h3>
          <label className="text-sm flex items-center gap-2">
            Duration of a pause or partition: {sec(durationMs)}
            <input type="range" min={1_000} max={Math.min(view.params.maxPauseMs, view.params.maxPartitionMs)} step={100} value={durationMs} onChange={(e) => setDuration(Number(e.target.value))} />
          </label>
          <div className="flex flex-wrap gap-2">
            {view.params.kinds.map((kind) => (
              <button
                key={kind}
                type="button"
                className="btn-secondary"
                data-testid={`falcon-inject-${kind}`}
                disabled={view.budgetLeft === 0}
                onClick={() => void move(TEMPORARY.has(kind) ? { type: "inject", kind, durationMs } : { type: "inject", kind })}
              >
                {kind}
              </button>
            ))}
          </div>
        </div>
      )}
    </div>
  );
}

const ROW_NAMES: Record<string, string> = { falcon: "Falcon (spies)", "timeout-short": "Short timeout (1 s)", "timeout-long": "Long timeout (8 s)" };

function Row({ name, m, mine }: { name: string; m: FalconMetrics; mine?: boolean }) {
  return (
    <tr className={mine ? "font-semibold bg-amber-50" : ""}>
      <th scope="row" className="text-left pr-2">
        {name}
      </th>
      <td>
        {m.detected}/{m.failures}
      </td>
      <td>{sec(m.meanDetectionMs)}</td>
      <td>{m.falseSuspicions}</td>
      <td>{m.unnecessaryKills}</td>
      <td>{m.spyCost}</td>
      <td>{m.poisons.length === 0 ? "none" : m.poisons.join(", ")}</td>
      <td>{m.score}</td>
    </tr>
  );
}

function Debrief({ reveal, outcome, you }: { reveal: FalconReveal; outcome: string | null; you: "operator" | "chaos" }) {
  return (
    <div className="card grid gap-2" data-testid="falcon-debrief">
      <h3 className="font-semibold">The debrief</h3>
      <p>{outcome ? FALCON_OUTCOME_WORDS[outcome as keyof typeof FALCON_OUTCOME_WORDS] : ""}</p>
      <p className="text-sm text-slate-600">
        The faults: {reveal.faults.length === 0 ? "none" : reveal.faults.map((f) => `${f.kind}${f.durationMs ? ` ${sec(f.durationMs)}` : ""} at ${sec(f.atMs)}${f.effect === "fizzled" ? " (fizzled)" : ""}`).join(", ")}
      </p>
      <p className="text-sm text-slate-600" id="falcon-compare-caption">
        Every detector on the same fault timeline and network:
      </p>
      <div className="overflow-x-auto">
        <table className="text-sm w-full [&_td]:pr-3 [&_th]:pr-3 [&_td]:whitespace-nowrap" aria-labelledby="falcon-compare-caption" data-testid="falcon-compare">
          <thead>
            <tr className="text-left">
              <th scope="col">Detector</th>
              <th scope="col">Caught</th>
              <th scope="col">Mean detection</th>
              <th scope="col">False suspicions</th>
              <th scope="col">Needless kills</th>
              <th scope="col">Spy cost</th>
              <th scope="col">Poisons</th>
              <th scope="col">Score</th>
            </tr>
          </thead>
          <tbody>
            <Row name={you === "operator" ? "You" : "The operator"} m={reveal.metrics} mine />
            {reveal.compare.rows.map((r) => (
              <Row key={r.detector} name={ROW_NAMES[r.detector] ?? r.detector} m={r.metrics} />
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
