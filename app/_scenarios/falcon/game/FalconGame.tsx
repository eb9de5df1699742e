"use client";
/**
 * One Falcon seat's screen, first tick to debrief. The operator: the heartbeats as they arrive, its
 * timeout, a spy and a kill per layer, declare. Chaos: its budget, the kinds it may inject, the
 * service's public state. Both: the debrief, side by side on the same fault timeline.
 */
import { useState } from "react";
import type { GameProps } from "@/app/_scenarios/playUi";
import type { ChaosMove, OperatorMove } from "@/server/engine/falcon/moves";
import { FALCON_OUTCOME_WORDS } from "@/server/engine/falcon/words";
import type { FaultKind } from "@/server/engine/falcon/types";
import type { ChaosView, FalconReveal, FalconView, OperatorView } from "@/server/engine/falcon/views";
import { CompareTable } from "../CompareTable";
import { faultsInWords, sec } from "../falconWords";
import { HeartbeatStrip } from "./HeartbeatStrip";
import { SpyPanel } from "./SpyPanel";

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

function Operator({ view, move }: { view: OperatorView; move: (m: OperatorMove) => Promise<void> }) {
  const [timeout, setTimeoutMs] = useState(view.timeoutMs);
  return (
    <div className="grid gap-3 lg:grid-cols-[3fr_2fr] lg:items-start">
      <div className="card grid gap-3">
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
          <button type="button" className="btn-secondary !py-1.5" disabled={timeout === view.timeoutMs} onClick={() => void move({ type: "setTimeout", timeoutMs: timeout })}>
            Set timeout
          </button>
        </div>
        <button type="button" className="btn-primary justify-self-start" data-testid="falcon-declare" onClick={() => void move({ type: "declare" })}>
          Declare it failed (fail over)
        </button>
        {view.declarations.length > 0 && <p className="text-sm text-slate-600">Your declarations: {view.declarations.map(sec).join(", ")}</p>}
      </div>
      <SpyPanel view={view} move={move} />
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

function Debrief({ reveal, outcome, you }: { reveal: FalconReveal; outcome: string | null; you: "operator" | "chaos" }) {
  return (
    <div className="card grid gap-2" data-testid="falcon-debrief">
      <h3 className="font-semibold">The debrief</h3>
      <p>{outcome ? FALCON_OUTCOME_WORDS[outcome as keyof typeof FALCON_OUTCOME_WORDS] : ""}</p>
      <p className="text-sm text-slate-600">The faults: {faultsInWords(reveal.faults)}</p>
      <p className="text-sm text-slate-600" id="falcon-compare-caption">
        Every detector on the same fault timeline and network:
      </p>
      <CompareTable reveal={reveal} operator={you === "operator" ? "You" : "The operator"} captionId="falcon-compare-caption" />
    </div>
  );
}
