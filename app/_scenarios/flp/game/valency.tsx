/**
 * Valency on screen: the same colour and the same words everywhere (never colour alone). 0-valent
 * is blue, 1-valent orange, bivalent violet; "no decision reachable" and "unknown" grey.
 */
import { VALENCY_WORDS, type FlpValency } from "@/server/engine/flp/terms";

export const VALENCY_TONE: Record<FlpValency, { chip: string; cell: string; ring: string }> = {
  "0": { chip: "bg-sky-100 text-sky-900 ring-sky-300", cell: "bg-sky-700", ring: "ring-sky-500" },
  "1": { chip: "bg-orange-100 text-orange-900 ring-orange-300", cell: "bg-orange-700", ring: "ring-orange-500" },
  bivalent: { chip: "bg-violet-100 text-violet-900 ring-violet-300", cell: "bg-violet-600", ring: "ring-violet-500" },
  none: { chip: "bg-slate-100 text-slate-800 ring-slate-300", cell: "bg-slate-400", ring: "ring-slate-400" },
  unknown: { chip: "bg-slate-100 text-slate-800 ring-slate-300", cell: "bg-slate-300", ring: "ring-slate-400" },
};

/** A short mark inside a strip cell, so the strip reads without colour too. */
const MARK: Record<FlpValency, string> = { "0": "0", "1": "1", bivalent: "", none: "–", unknown: "?" };

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

export interface StripCell {
  /** Step number (0: the initial configuration). */
  step: number;
  kind: "step" | "crash" | "start";
  process: number | null;
  valency: FlpValency | null;
  label: string;
}

/**
 * The run as a strip: one cell per step, coloured by the valency it led to, with a crash as a
 * black cross. A list for screen readers, each cell with its words.
 */
export function ValencyStrip({ cells, title = "The run so far", target }: { cells: StripCell[]; title?: string; target?: number }) {
  const steps = cells.filter((c) => c.kind === "step").length;
  return (
    <section className="grid gap-1.5" aria-label={title} data-testid="valency-strip">
      <div className="flex flex-wrap items-baseline gap-x-3">
        <h3 className="font-semibold text-sm">{title}</h3>
        <p className="text-xs text-slate-600">
          {steps} step{steps === 1 ? "" : "s"}
          {target ? ` of ${target}` : ""}
        </p>
      </div>
      {cells.length === 0 ? (
        <p className="text-sm text-slate-500">No step yet.</p>
      ) : (
        <ol className="flex flex-wrap gap-1">
          {cells.map((c, i) => (
            <li
              key={i}
              title={c.label}
              aria-label={c.label}
              data-valency={c.valency ?? "crash"}
              className={`grid place-items-center w-6 h-7 rounded text-[0.65rem] font-bold text-white ${
                c.kind === "crash" ? "bg-slate-900" : c.valency ? VALENCY_TONE[c.valency].cell : "bg-slate-300"
              } ${c.kind === "start" ? "ring-2 ring-offset-1 ring-slate-400" : ""}`}
            >
              {c.kind === "crash" ? "✕" : c.valency ? MARK[c.valency] : ""}
            </li>
          ))}
        </ol>
      )}
      <p className="flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-600" aria-hidden="true">
        <Key cell={VALENCY_TONE.bivalent.cell}>bivalent</Key>
        <Key cell={VALENCY_TONE["0"].cell} mark="0">0-valent</Key>
        <Key cell={VALENCY_TONE["1"].cell} mark="1">1-valent</Key>
        <Key cell="bg-slate-900" mark="✕">crash</Key>
      </p>
    </section>
  );
}

function Key({ cell, mark = "", children }: { cell: string; mark?: string; children: React.ReactNode }) {
  return (
    <span className="inline-flex items-center gap-1">
      <span className={`inline-grid place-items-center w-3.5 h-4 rounded-sm text-[0.55rem] font-bold text-white ${cell}`}>{mark}</span>
      {children}
    </span>
  );
}
