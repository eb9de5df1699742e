"use client";
/**
 * Each layer's true state over the game, as a lane, under the operator's lane (heartbeats as they
 * arrived, declarations, kills), drawn up to the replay's moment; an axis in seconds and a legend.
 * HTML rather than one scaled SVG, so labels keep their size from a phone to a desktop.
 */
import type { FalconHistory } from "@/server/engine/falcon/history";
import { LAYERS } from "@/server/engine/falcon/types";
import { LAYER_WORDS, sec } from "../falconWords";
import { axisSeconds, laneSegments, SHADES } from "./lanes";
import { SHADE_CLASS, SHADE_WORDS } from "./shades";

const LANE = "relative h-6 rounded bg-slate-100 overflow-hidden";
/** A state's name is written in its segment when the segment is this wide a letter (percent of a phone's lane). */
const LABEL_PCT_PER_CHAR = 2.8;

export function LayerTimeline({ history, nowMs, lengthMs }: { history: FalconHistory; nowMs: number; lengthMs: number }) {
  const pct = (ms: number) => `${(100 * Math.min(ms, lengthMs)) / lengthMs}%`;
  const beats = history.seen.filter((s) => s.what === "heartbeat" && s.atMs <= nowMs).map((s) => s.atMs);
  const declarations = history.declarations.filter((d) => d.atMs <= nowMs);
  const kills = history.kills.filter((k) => k.atMs <= nowMs && k.executed);
  const seconds = axisSeconds(lengthMs);
  return (
    <div className="grid gap-2" data-testid="falcon-replay-layers">
      <div className="grid grid-cols-[5rem_1fr] sm:grid-cols-[6.5rem_1fr] items-center gap-x-2 gap-y-1.5 text-sm">
        {LAYERS.map((layer) => {
          const segments = laneSegments(history, layer, nowMs, lengthMs);
          return (
            <Lane key={layer} label={LAYER_WORDS[layer]} described={`${LAYER_WORDS[layer]}: ${segments.map((s) => `${s.status} from ${sec(s.fromMs)} to ${sec(s.toMs)}`).join(", ")}`}>
              {segments.map((s) => (
                <span key={s.fromMs} className={`absolute inset-y-0 ${SHADE_CLASS[s.shade]} text-[11px] leading-6 px-1 overflow-hidden whitespace-nowrap ${s.shade === "up" ? "text-emerald-950" : "text-slate-950"}`} style={{ left: `${s.left}%`, width: `${s.width}%` }}>
                  {s.shade !== "up" && s.width >= LABEL_PCT_PER_CHAR * s.status.length ? s.status : ""}
                </span>
              ))}
            </Lane>
          );
        })}
        <Lane
          label="operator"
          strong
          described={`The operator by ${sec(nowMs)}: ${beats.length} heartbeats arrived; declared failed ${declarations.length === 0 ? "never" : `at ${declarations.map((d) => sec(d.atMs)).join(", ")}`}; killed ${kills.length === 0 ? "nothing" : kills.map((k) => `the ${LAYER_WORDS[k.layer]} at ${sec(k.atMs)}`).join(", ")}`}
        >
          {beats.map((atMs, i) => (
            <span key={i} className="absolute top-1.5 bottom-1.5 w-px bg-emerald-700" style={{ left: pct(atMs) }} />
          ))}
          {kills.map((k) => (
            <span key={`k${k.atMs}${k.layer}`} className="absolute top-0 -translate-x-1/2 text-sm leading-6 font-bold text-violet-800" style={{ left: pct(k.atMs) }}>
              ✕
            </span>
          ))}
          {declarations.map((d) => (
            <span key={`d${d.atMs}`} className={`absolute inset-y-0 w-1 -translate-x-1/2 ${d.falseSuspicion ? "bg-rose-600" : "bg-blue-700"}`} style={{ left: pct(d.atMs) }} />
          ))}
        </Lane>
        <span aria-hidden />
        <div className="relative h-4 text-xs text-slate-600" aria-hidden>
          {seconds.map((s, i) => (
            <span key={s} className={`absolute top-0 whitespace-nowrap ${i === 0 ? "" : i === seconds.length - 1 ? "-translate-x-full" : "-translate-x-1/2"}`} style={{ left: pct(s * 1000) }}>
              {i === seconds.length - 1 ? `${s} s` : s}
            </span>
          ))}
        </div>
      </div>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700" aria-label="Legend">
        {SHADES.map((shade) => (
          <li key={shade} className="flex items-center gap-1.5">
            <span className={`inline-block h-3 w-4 rounded-sm ${SHADE_CLASS[shade]}`} /> {SHADE_WORDS[shade]}
          </li>
        ))}
        <li className="flex items-center gap-1.5">
          <span className="inline-block h-3 w-px bg-emerald-700" /> heartbeat arrived
        </li>
        <li className="flex items-center gap-1.5">
          <span className="inline-block h-3 w-1 bg-blue-700" /> declared failed (failover)
        </li>
        <li className="flex items-center gap-1.5">
          <span className="inline-block h-3 w-1 bg-rose-600" /> declared failed, but it was alive
        </li>
        <li className="flex items-center gap-1.5">
          <span className="font-bold text-violet-800">✕</span> kill
        </li>
      </ul>
    </div>
  );
}

function Lane({ label, described, strong, children }: { label: string; described: string; strong?: boolean; children: React.ReactNode }) {
  return (
    <>
      <span className={strong ? "font-semibold" : "text-slate-700"}>{label}</span>
      <div className={`${LANE} ${strong ? "mt-1 ring-1 ring-slate-300" : ""}`} role="img" aria-label={described}>
        {children}
      </div>
    </>
  );
}
