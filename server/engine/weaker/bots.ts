/**
 * The weaker-agreement seats' bots. The adversary's read only its view (the whole configuration:
 * adversary.ts); a process has no moves of its own. One move per tick, so a game a bot schedules
 * can be watched; in a watched game the reducer moves the bot itself.
 */
import { seedRng } from "../prng";
import { adversaryMove } from "./adversary";
import { allLiveDecided } from "./game";
import type { WeakerView } from "./view";

export { ADVERSARY_STRATEGIES, PROCESS_STRATEGIES, WEAKER_STRATEGY_DESCRIPTIONS } from "./strategies";

export type WeakerMove = { type: "deliver"; messageId: number } | { type: "crash"; process: number } | { type: "step"; process: number };

export function weakerBotMoves(view: WeakerView, strategy: string, botSeed: number): WeakerMove[] {
  if (view.role !== "adversary" || view.phase !== "playing" || view.params.watch || allLiveDecided(view.raw)) return [];
  const sentAt = view.buffer.map((m) => ({ id: m.id, from: m.from - 1, to: m.to - 1, round: m.round, value: m.value, sentAt: m.sentAt, deliveredAt: null }));
  const r = adversaryMove(strategy, view.raw, sentAt, view.bound, seedRng((botSeed ^ Math.imul(view.step + 1, 0x9e3779b1)) >>> 0));
  if (!r) return [];
  const m = r.move;
  return [m.type === "deliver" ? { type: "deliver", messageId: m.id } : { type: m.type, process: m.pid + 1 }];
}
