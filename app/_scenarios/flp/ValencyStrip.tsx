/**
 * The valency along a run: one cell per configuration (index 0 the start, k after step k), its
 * colour and its letter the valency (B bivalent, 0, 1; not colour alone), a ✕ where a process
 * crashed, the cell `at` ringed. With `upTo`, the cells after it are empty placeholders (a replay
 * shows only what had happened by its moment). Pure: no hooks, no engine, for the game screen,
 * the replay and the class screens alike.
 */

export interface ValencyStripProps {
  /** The valency of each configuration: "0", "1", "bivalent", "none" or "unknown" (index 0: the start; k: after step k). */
  valencies: readonly string[];
  /** The steps after which a process crashed (a crash after k steps marks cell k). */
  crashes?: readonly number[];
  /** The configuration to highlight (a step count). */
  at?: number;
  /** Only cells 0..upTo are shown filled; later ones are placeholders. */
  upTo?: number;
  /** The list's accessible name. */
  label?: string;
}

const LOOK: Record<string, { letter: string; cell: string; words: string }> = {
  bivalent: { letter: "B", cell: "bg-amber-300 text-amber-950 ring-amber-500", words: "bivalent" },
  "0": { letter: "0", cell: "bg-sky-600 text-white ring-sky-800", words: "0-valent" },
  "1": { letter: "1", cell: "bg-emerald-600 text-white ring-emerald-800", words: "1-valent" },
  none: { letter: "–", cell: "bg-slate-300 text-slate-900 ring-slate-500", words: "no decision reachable" },
  unknown: { letter: "?", cell: "bg-white text-slate-900 ring-slate-400", words: "unknown" },
};

export const valencyLook = (v: string) => LOOK[v] ?? LOOK.unknown;

export function ValencyStrip({ valencies, crashes = [], at, upTo, label = "Valency after each step" }: ValencyStripProps) {
  const crashed = new Set(crashes);
  return (
    <div className="grid gap-2" data-testid="valency-strip">
      <ol className="flex flex-wrap gap-x-0.5 gap-y-1.5" aria-label={label}>
        {valencies.map((v, k) => {
          const hidden = upTo !== undefined && k > upTo;
          const look = valencyLook(v);
          const where = k === 0 ? "the start" : `after step ${k}`;
          return (
            <li key={k} className="grid justify-items-center w-6" aria-current={k === at ? "step" : undefined}>
              <span className={`h-3 text-[10px] leading-3 font-bold text-rose-700 ${crashed.has(k) && !hidden ? "" : "invisible"}`} aria-hidden="true">✕</span>
              <span
                title={hidden ? `${where}: not yet` : `${where}: ${look.words}${crashed.has(k) ? ", a process crashed here" : ""}`}
                className={`grid place-items-center w-6 h-7 rounded text-xs font-bold ${hidden ? "bg-white border border-dashed border-slate-300" : `ring-1 ${look.cell}`} ${k === at ? "outline-2 outline-offset-1 outline-indigo-700" : ""}`}
              >
                {hidden ? "" : look.letter}
              </span>
              <span className="sr-only">{hidden ? `${where}: not yet` : `${where}: ${look.words}${crashed.has(k) ? ", then a process crashed" : ""}`}</span>
              <span className={`text-[10px] leading-3 tabular-nums text-slate-600 ${k % 5 === 0 || k === at ? "" : "invisible"}`} aria-hidden="true">{k}</span>
            </li>
          );
        })}
      </ol>
      <p className="flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-700" aria-hidden="true">
        {(["bivalent", "0", "1"] as const).map((v) => (
          <span key={v} className="inline-flex items-center gap-1">
            <span className={`inline-grid place-items-center w-4 h-4 rounded text-[10px] font-bold ring-1 ${LOOK[v].cell}`}>{LOOK[v].letter}</span>
            {LOOK[v].words}
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
}
