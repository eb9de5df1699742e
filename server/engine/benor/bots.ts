/**
 * The Ben-Or seats' bots. The adversary's read only its view (the configuration without the
 * coins' PRNG: engine/bots.ts); a process has no moves of its own. One move per tick, so a game a
 * bot schedules can be watched; in a watched game the reducer moves the bot itself.
 */
import { seedRng } from "../prng";
import { benOrBotMove } from "./engine/bots";
import { allLiveDecided } from "./engine/game";
import { ADVERSARY_STRATEGIES, type AdversaryStrategy } from "./strategies";
import type { BenorView } from "./view";

export { ADVERSARY_STRATEGIES, PROCESS_STRATEGIES, BENOR_STRATEGY_DESCRIPTIONS } from "./strategies";

export type BenorMove = { type: "deliver"; messageId: number } | { type: "crash"; process: number };

export function benorBotMoves(view: BenorView, strategy: string, botSeed: number): BenorMove[] {
  if (view.role !== "adversary" || view.phase !== "playing" || view.params.watch || allLiveDecided(view.raw)) return [];
  const bot: AdversaryStrategy = (ADVERSARY_STRATEGIES as readonly string[]).includes(strategy) ? (strategy as AdversaryStrategy) : "splitter";
  const { move } = benOrBotMove(bot, view.raw, seedRng((botSeed ^ Math.imul(view.step + 1, 0x9e3779b1)) >>> 0), { bound: view.bound });
  return [move.type === "deliver" ? { type: "deliver", messageId: move.id } : { type: "crash", process: move.pid + 1 }];
}
