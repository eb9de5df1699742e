/** Printing a game's time: ticks for the generals, clock hours from noon for the lovers, steps for a schedule (FLP). */
import type { Timeline } from "@/server/engine/timeline";

export function clockLabel(clock: Timeline["clock"], tick: number): string {
  if (clock === "tick") return `tick ${tick}`;
  if (clock === "step") return `step ${tick}`;
  if (clock === "tenths") return `${(tick / 10).toFixed(1)} s`;
  if (tick === 0) return "noon";
  if (tick === 12) return "midnight";
  return `${12 + tick}:00`;
}

/** A short axis label. */
export function axisLabel(clock: Timeline["clock"], tick: number): string {
  if (clock === "tick" || clock === "step") return String(tick);
  if (clock === "tenths") return `${Number((tick / 10).toFixed(1))} s`;
  return tick === 12 ? "24h" : `${12 + tick}h`;
}

/** Colours of the parties, in order (the initiator first). */
export const PARTY_COLORS = ["#2563eb", "#d97706", "#7c3aed", "#059669", "#db2777", "#0891b2", "#65a30d"] as const;

/** The same colours, darker: behind white text they reach 4.5:1 (WCAG AA), as PARTY_COLORS do not all. */
export const PARTY_INKS = ["#1d4ed8", "#b45309", "#6d28d9", "#047857", "#be185d", "#0e7490", "#4d7c0f"] as const;

export function partyColor(timeline: Timeline, party: string): string {
  const i = timeline.parties.findIndex((p) => p.id === party);
  return PARTY_COLORS[Math.max(0, i) % PARTY_COLORS.length];
}
