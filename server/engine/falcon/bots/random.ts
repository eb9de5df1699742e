/** The random operator: seeded by its bot seed and the tick, it now and then asks, kills, declares or retunes. */
import { SeededRandom } from "../../prng";
import type { OperatorMove } from "../moves";
import { LAYERS, TICK_MS } from "../types";
import type { OperatorView } from "../views";

export function randomOperatorMoves(view: OperatorView, botSeed: number): OperatorMove[] {
  const r = new SeededRandom((botSeed ^ Math.imul(view.tick + 1, 0x9e3779b1)) >>> 0);
  const u = r.float();
  if (u < 0.03 && view.params.spies.length > 0) {
    const layer = view.params.spies[r.int(0, view.params.spies.length - 1)];
    return view.pending.some((p) => p.layer === layer && p.kind === "query") ? [] : [{ type: "query", layer }];
  }
  if (u < 0.035) {
    const layer = LAYERS[r.int(0, LAYERS.length - 1)];
    return view.pending.some((p) => p.layer === layer && p.kind === "kill") ? [] : [{ type: "kill", layer }];
  }
  if (u < 0.04 && view.nowMs > view.instanceSinceMs) return [{ type: "declare" }];
  if (u < 0.05) return [{ type: "setTimeout", timeoutMs: r.int(5, 100) * TICK_MS }];
  return [];
}
