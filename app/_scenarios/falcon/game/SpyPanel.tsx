/**
 * The operator's spies and kills, a compact row per layer (name, ask, kill; the latest answer
 * under it), so that the four layers fit a phone's screen beside nothing and a desktop's column.
 */
import type { OperatorMove } from "@/server/engine/falcon/moves";
import { SPY_COST } from "@/server/engine/falcon/delays";
import { LAYERS, type Layer } from "@/server/engine/falcon/types";
import type { OperatorView } from "@/server/engine/falcon/views";
import { LAYER_WORDS, sec } from "../falconWords";

const SMALL = "btn-secondary !px-3 !py-1.5 text-sm";

export function SpyPanel({ view, move }: { view: OperatorView; move: (m: OperatorMove) => Promise<void> }) {
  const lastAnswer = (layer: Layer) => view.answers.findLast((a) => a.layer === layer);
  const pending = (layer: Layer, kind: "query" | "kill") => view.pending.some((p) => p.layer === layer && p.kind === kind);
  return (
    <div className="card grid gap-2">
      <h3 className="font-semibold">Spies and kills, layer by layer</h3>
      <ul className="grid gap-1.5">
        {LAYERS.map((layer) => {
          const a = lastAnswer(layer);
          const deployed = view.params.spies.includes(layer);
          return (
            <li key={layer} className="grid grid-cols-[1fr_auto_auto] items-center gap-x-2 rounded-lg bg-slate-50 px-2.5 py-1.5 text-sm" data-testid={`falcon-layer-${layer}`}>
              <span className="font-medium">{LAYER_WORDS[layer]}</span>
              <button
                type="button"
                className={SMALL}
                aria-label={deployed ? `Ask the ${LAYER_WORDS[layer]} spy (cost ${SPY_COST[layer]})` : `No spy in the ${LAYER_WORDS[layer]}`}
                disabled={!deployed || pending(layer, "query")}
                onClick={() => void move({ type: "query", layer })}
              >
                {deployed ? `Spy · ${SPY_COST[layer]}` : "no spy"}
              </button>
              <button type="button" className={SMALL} aria-label={`Kill the ${LAYER_WORDS[layer]}`} disabled={pending(layer, "kill")} onClick={() => void move({ type: "kill", layer })}>
                Kill
              </button>
              <span className="col-span-3 text-xs text-slate-600 min-h-4" aria-live="polite">
                {pending(layer, "query") || pending(layer, "kill") ? "waiting for the answer…" : a ? `${a.kind === "kill" ? "kill" : "spy"}: ${a.answer} at ${sec(a.answeredAtMs)}` : ""}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
