/**
 * Chaos as a seat's bot: it draws its strategy's timeline (faults.ts) from its bot seed and the
 * rules it was told, and injects each fault when its time comes, if the rules let it then.
 * A seeded game's chaos seat watches (its timeline is the game's): no moves.
 */
import { seedRng } from "../../prng";
import { classActive, drawTimeline } from "../faults";
import type { ChaosMove } from "../moves";
import type { ChaosStrategy } from "../strategies";
import type { ChaosView } from "../views";

export function chaosMoves(view: ChaosView, strategy: ChaosStrategy, botSeed: number): ChaosMove[] {
  if (!view.plays || view.budgetLeft <= 0 || view.nowMs >= view.params.horizonMs) return [];
  const plan = drawTimeline(strategy, view.params, seedRng(botSeed >>> 0));
  const fault = plan.find((f) => f.atMs === view.nowMs);
  if (!fault || classActive(view.injected, view.incarnation, view.nowMs, fault.kind)) return [];
  return [fault.durationMs === undefined ? { type: "inject", kind: fault.kind } : { type: "inject", kind: fault.kind, durationMs: fault.durationMs }];
}
