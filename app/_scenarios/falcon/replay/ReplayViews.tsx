"use client";
/**
 * What a Falcon replay shows under its diagram, at the page's moment, in place of the knowledge
 * ladder's panels (which say nothing of a detector): each layer's truth as lanes under the
 * operator's, then the operator's view beside the truth, as the other scenarios put each seat's.
 */
import { useReplayMoment } from "@/app/components/ReplayMoment";
import type { FalconReplayReveal } from "@/server/engine/falcon/replayReveal";
import { TICK_MS } from "@/server/engine/falcon/types";
import type { ReplayViewsProps } from "../../replayUi";
import { LAYER_WORDS, sec } from "../falconWords";
import { LayerTimeline } from "./LayerTimeline";
import { operatorAt, truthAt } from "./moment";
import { shadeOf } from "./lanes";
import { SHADE_CLASS } from "./shades";

export function FalconReplayViews({ timeline, reveal }: ReplayViewsProps) {
  const { tick, end } = useReplayMoment();
  // The engine's Falcon revealFromTrace built it, from the state the replay's check ended in.
  const replayed = reveal as FalconReplayReveal | null;
  if (!replayed) return <p className="card text-sm">This game&rsquo;s layers could not be rebuilt from its trace.</p>;
  const nowMs = Math.min(tick, end) * TICK_MS;
  const lengthMs = Math.max(TICK_MS, timeline.endTick * TICK_MS);
  return (
    <div className="grid gap-3">
      <section className="card grid gap-2" aria-labelledby="falcon-lanes-title">
        <h2 id="falcon-lanes-title" className="font-semibold">
          Each layer&rsquo;s truth, under the operator&rsquo;s view <span className="font-normal text-slate-600">(to {sec(nowMs)})</span>
        </h2>
        <LayerTimeline history={replayed.history} nowMs={nowMs} lengthMs={lengthMs} />
      </section>
      <div className="grid gap-3 md:grid-cols-2">
        <OperatorCard replayed={replayed} nowMs={nowMs} />
        <TruthCard replayed={replayed} nowMs={nowMs} />
      </div>
    </div>
  );
}

function OperatorCard({ replayed, nowMs }: { replayed: FalconReplayReveal; nowMs: number }) {
  const op = operatorAt(replayed.history, nowMs);
  return (
    <div className="card grid gap-1.5 text-sm content-start" aria-label="The operator's view" data-testid="falcon-replay-operator">
      <h3 className="font-semibold">The operator&rsquo;s view at {sec(nowMs)}</h3>
      <p>
        {op.heartbeats} heartbeat{op.heartbeats === 1 ? "" : "s"} arrived
        {op.lastHeartbeatMs === null ? "" : `; the last at ${sec(op.lastHeartbeatMs)}, silent for ${sec(nowMs - op.lastHeartbeatMs)}`}
      </p>
      <h4 className="text-xs uppercase tracking-wide text-slate-500 mt-1">spies&rsquo; and kills&rsquo; latest answers</h4>
      {op.answers.length === 0 ? (
        <p className="text-slate-600">none yet</p>
      ) : (
        <ul>
          {op.answers.map((a) => (
            <li key={a.layer}>
              {LAYER_WORDS[a.layer]} {a.kind === "kill" ? "kill" : "spy"}: <strong>{a.answer}</strong> at {sec(a.atMs)}
            </li>
          ))}
        </ul>
      )}
      <p className="mt-1">
        Declared failed: {op.declarations.length === 0 ? "never" : op.declarations.map((d) => `${sec(d.atMs)}${d.falseSuspicion ? " (it was alive)" : ""}`).join(", ")}
      </p>
      <p>Killed: {op.kills.length === 0 ? "nothing" : op.kills.map((k) => `the ${LAYER_WORDS[k.layer]} at ${sec(k.atMs)}${!k.executed ? " (no effect)" : k.unnecessary ? " (needlessly)" : ""}`).join(", ")}</p>
    </div>
  );
}

function TruthCard({ replayed, nowMs }: { replayed: FalconReplayReveal; nowMs: number }) {
  const instance = 1 + replayed.history.declarations.filter((d) => d.atMs <= nowMs).length;
  return (
    <div className="card grid gap-1.5 text-sm content-start bg-slate-900 text-slate-100 ring-slate-700" aria-label="The truth" data-testid="falcon-replay-truth">
      <h3 className="font-semibold">The truth at {sec(nowMs)}</h3>
      <p>Instance #{instance} in service</p>
      <ul className="grid gap-0.5">
        {truthAt(replayed.history, nowMs).map(({ layer, status }) => (
          <li key={layer} className="flex items-center gap-2">
            <span className={`inline-block h-3 w-3 rounded-sm ${SHADE_CLASS[shadeOf(status)]}`} aria-hidden />
            <span className="w-20">{LAYER_WORDS[layer]}</span> <strong>{status}</strong>
          </li>
        ))}
      </ul>
      <p className="text-xs text-slate-400">Only the server saw this column while the game was played.</p>
    </div>
  );
}
