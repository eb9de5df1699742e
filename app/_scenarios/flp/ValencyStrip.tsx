/**
 * The valency along a run, the one strip of FLP's screens (the game, its end, the replay): one
 * cell per configuration (index 0 the start, k after step k), its colour (game/valency.tsx's) and
 * its letter the valency (B bivalent, 0, 1; not colour alone), a ✕ over the cell after which a
 * process crashed, the cell `at` ringed. With `upTo`, the cells after it are empty placeholders
 * (a replay shows only what had happened by its moment). Pure: no hooks, no engine.
 */
import { VALENCY_TONE } from "./game/valency";
import type { FlpValency } from "@/server/engine/flp/terms";

export interface ValencyStripProps {
  /** The valency of each configuration: "0", "1", "bivalent", "none" or "unknown" (index 0: the start; k: after step k). */
  valencies: readonly string[];
  /** The steps after which a process crashed (a crash after k steps marks cell k). */
  crashes?: readonly number[];
  /** More words for a cell, after its valency (e.g. "p1 received (lock, 1) from p2"). */
  notes?: readonly (string | undefined)[];
  /** The configuration to highlight (a step count). */
  at?: number;
  /** Only cells 0..upTo are shown filled; later ones are placeholders. */
  upTo?: number;
  /** A heading over the strip, with the number of steps (and `target`, the steps to reach). */
  title?: string;
  target?: number;
  /** The list's accessible name. */
  label?: string;
}

const LETTER: Record<FlpValency, string> = { bivalent: "B", "0": "0", "1": "1", none: "–", unknown: "?" };
const WORDS: Record<FlpValency, string> = { bivalent: "bivalent", "0": "0-valent", "1": "1-valent", none: "no decision reachable", unknown: "unknown" };
/** Letters on the cells: white on the three valencies' strong colours, dark on the two greys. */
const TEXT: Record<FlpValency, string> = { bivalent: "text-white", "0": "text-white", "1": "text-white", none: "text-slate-950", unknown: "text-slate-900" };

const asValency = (v: string): FlpValency => (Object.hasOwn(LETTER, v) ? (v as FlpValency) : "unknown");

/** A valency's letter, words and cell classes (colour, text, ring). */
export function valencyLook(v: string): { letter: string; words: string; cell: string } {
  const k = asValency(v);
  return { letter: LETTER[k], words: WORDS[k], cell: `${VALENCY_TONE[k].cell} ${TEXT[k]} ${VALENCY_TONE[k].ring}` };
}

export function ValencyStrip({ valencies, crashes = [], notes = [], at, upTo, title, target, label = "Valency after each step" }: ValencyStripProps) {
  const crashed = new Set(crashes);
  const steps = Math.max(0, valencies.length - 1);
  const strip = (
    <div className="grid gap-2" data-testid="valency-strip">
      <ol className="flex flex-wrap gap-x-0.5 gap-y-1.5" aria-label={label}>
        {valencies.map((v, k) => {
          const hidden = upTo !== undefined && k > upTo;
          const look = valencyLook(v);
          const where = k === 0 ? "the start" : `after step ${k}`;
          const said = hidden ? `${where}: not yet` : `${where}: ${look.words}${notes[k] ? ` (${notes[k]})` : ""}${crashed.has(k) ? ", then a process crashed" : ""}`;
          return (
            <li key={k} className="grid justify-items-center w-6" aria-current={k === at ? "step" : undefined} data-valency={hidden ? undefined : asValency(v)}>
              <span className={`h-3 text-[10px] leading-3 font-bold text-rose-700 ${crashed.has(k) && !hidden ? "" : "invisible"}`} aria-hidden="true">✕</span>
              <span
                title={said}
                className={`grid place-items-center w-6 h-7 rounded text-xs font-bold ${hidden ? "bg-white border border-dashed border-slate-300" : `ring-1 ${look.cell}`} ${k === at ? "outline-2 outline-offset-1 outline-indigo-700" : ""}`}
              >
                {hidden ? "" : look.letter}
              </span>
              <span className="sr-only">{said}</span>
              <span className={`text-[10px] leading-3 tabular-nums text-slate-600 ${k % 5 === 0 || k === at ? "" : "invisible"}`} aria-hidden="true">{k}</span>
            </li>
          );
        })}
      </ol>
      <p className="flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-700" aria-hidden="true">
        {(["bivalent", "0", "1"] as const).map((v) => (
          <span key={v} className="inline-flex items-center gap-1">
            <span className={`inline-grid place-items-center w-4 h-4 rounded text-[10px] font-bold ring-1 ${valencyLook(v).cell}`}>{LETTER[v]}</span>
            {WORDS[v]}
          </span>
        ))}
        {crashes.length > 0 && (
          <span className="inline-flex items-center gap-1">
            <span className="font-bold text-rose-700">✕</span> a process crashed
          </span>
        )}
      </p>
    </div>
  );
  if (title === undefined) return strip;
  return (
    <section className="grid gap-1.5" aria-label={title}>
      <div className="flex flex-wrap items-baseline gap-x-3">
        <h3 className="font-semibold text-sm">{title}</h3>
        <p className="text-xs text-slate-600">
          {steps} step{steps === 1 ? "" : "s"}
          {target ? ` of ${target}` : ""}
        </p>
      </div>
      {strip}
    </section>
  );
}
