/**
 * Valency on screen: the same colour and the same words everywhere (never colour alone). 0-valent
 * is blue, 1-valent orange, bivalent violet; "no decision reachable" and "unknown" grey. The
 * strip along a run is ../ValencyStrip.tsx, in the same colours.
 */
import { VALENCY_WORDS, type FlpValency } from "@/server/engine/flp/terms";

export const VALENCY_TONE: Record<FlpValency, { chip: string; cell: string; ring: string }> = {
  "0": { chip: "bg-sky-100 text-sky-900 ring-sky-300", cell: "bg-sky-700", ring: "ring-sky-500" },
  "1": { chip: "bg-orange-100 text-orange-900 ring-orange-300", cell: "bg-orange-700", ring: "ring-orange-500" },
  bivalent: { chip: "bg-violet-100 text-violet-900 ring-violet-300", cell: "bg-violet-600", ring: "ring-violet-500" },
  none: { chip: "bg-slate-100 text-slate-800 ring-slate-300", cell: "bg-slate-400", ring: "ring-slate-400" },
  unknown: { chip: "bg-slate-100 text-slate-800 ring-slate-300", cell: "bg-slate-300", ring: "ring-slate-400" },
};

/** One line for a valency: "bivalent: both 0 and 1 can still be decided". */
export const VALENCY_MEANING: Record<FlpValency, string> = {
  "0": "every decision still reachable is 0",
  "1": "every decision still reachable is 1",
  bivalent: "both 0 and 1 can still be decided",
  none: "no process can decide any more",
  unknown: "the search was cut off",
};

export function ValencyChip({ valency, className = "" }: { valency: FlpValency; className?: string }) {
  return (
    <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-semibold ring-1 whitespace-nowrap ${VALENCY_TONE[valency].chip} ${className}`} data-valency={valency}>
      {VALENCY_WORDS[valency]}
    </span>
  );
}

/** The configuration's valency, big, with what it means. */
export function ValencyBadge({ valency }: { valency: FlpValency }) {
  return (
    <div className={`rounded-2xl ring-2 px-4 py-3 grid gap-0.5 ${VALENCY_TONE[valency].chip}`} data-testid="valency" data-valency={valency}>
      <span className="text-xs uppercase tracking-wide font-semibold opacity-80">This configuration is</span>
      <span className="text-2xl sm:text-3xl font-bold leading-tight">{VALENCY_WORDS[valency]}</span>
      <span className="text-sm">{VALENCY_MEANING[valency]}</span>
    </div>
  );
}
