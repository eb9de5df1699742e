/** FLP steps in words, for the game screen's buttons, lists and evidence. */
import { VALENCY_WORDS, type FlpValency } from "@/server/engine/flp/terms";

/** A schedule's step: pid is 0-based; label is "input 0 from p2", or null for λ. */
export interface StepWords {
  pid: number;
  label: string | null;
}

/** "p2 λ" or "p1 ← input 0 from p2". */
export function stepText(s: StepWords): string {
  return s.label === null ? `p${s.pid + 1} λ` : `p${s.pid + 1} ← ${s.label}`;
}

/** The same for screen readers: "p2 takes λ", "p1 receives input 0 from p2". */
export function stepSentence(s: StepWords): string {
  return s.label === null ? `p${s.pid + 1} takes a λ step` : `p${s.pid + 1} receives ${s.label}`;
}

export function afterWords(valency: FlpValency | null): string {
  return valency === null ? "" : `, then ${VALENCY_WORDS[valency]}`;
}

export const plural = (k: number, one: string, many = `${one}s`) => `${k} ${k === 1 ? one : many}`;
