/** Words for Two Generals outcomes and fates, shared by the game screen and the record pages. */
import type { General, Outcome } from "@/server/engine/generals/types";

export const OUTCOME_TITLE: Record<Outcome, string> = {
  victory: "Victory: both armies attacked",
  "no-battle": "No battle: both armies held",
  "defeat-A": "Defeat: A attacked alone",
  "defeat-B": "Defeat: B attacked alone",
};

export const OUTCOME_SHORT: Record<Outcome, string> = {
  victory: "Victory",
  "no-battle": "No battle",
  "defeat-A": "A alone",
  "defeat-B": "B alone",
};

export const OUTCOME_TONE: Record<Outcome, string> = {
  victory: "bg-emerald-100 text-emerald-900 ring-emerald-300",
  "no-battle": "bg-slate-100 text-slate-800 ring-slate-300",
  "defeat-A": "bg-rose-100 text-rose-900 ring-rose-300",
  "defeat-B": "bg-rose-100 text-rose-900 ring-rose-300",
};

export const FATE_WORDS = {
  delivered: "arrived",
  captured: "captured",
  late: "still crossing at dawn",
} as const;

export const SEAT_COLOR: Record<General | "enemy", string> = {
  A: "var(--color-general-a)",
  B: "var(--color-general-b)",
  enemy: "var(--color-enemy)",
};

export const seatTitle = (seat: string): string => (seat === "enemy" ? "The Enemy" : `General ${seat}`);

export function isOutcome(s: string): s is Outcome {
  return s in OUTCOME_TITLE;
}
