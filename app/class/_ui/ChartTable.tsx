/**
 * The class charts (and Ben-Or's rounds chart) without the picture: each chart's numbers as a
 * table, folded under it ("As a table"), for screen readers and for anyone who cannot tell the colours apart; and the marks that
 * tell the outcome classes apart by pattern as well as colour (solid: success; dotted: neither;
 * hatched: unsafe).
 */
import type { ReactNode } from "react";
import { CLASS_COLORS, type OutcomeClass } from "./aggregate";

export function ChartTable({ caption, head, rows }: { caption: string; head: string[]; rows: ReactNode[][] }) {
  if (rows.length === 0) return null;
  return (
    <details className="text-xs">
      <summary className="cursor-pointer text-slate-700 w-fit">As a table</summary>
      <table className="relative mt-1 w-full text-left tabular-nums">
        <caption className="sr-only">{caption}</caption>
        <thead className="text-slate-600">
          <tr>
            {head.map((h) => (
              <th key={h} scope="col" className="py-0.5 pr-2 font-medium">{h}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i} className="border-t border-slate-100">
              {r.map((cell, j) => (j === 0 ? <th key={j} scope="row" className="py-0.5 pr-2 font-normal">{cell}</th> : <td key={j} className="py-0.5 pr-2">{cell}</td>))}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

/** The SVG patterns of the outcome classes, once per chart (the ids are the same in every chart, and so are the patterns). */
export function ClassPatterns() {
  return (
    <svg width="0" height="0" aria-hidden="true" className="absolute">
      <defs>
        <pattern id="class-neither" width="6" height="6" patternUnits="userSpaceOnUse">
          <rect width="6" height="6" fill={CLASS_COLORS.neither} />
          <circle cx="3" cy="3" r="1.3" fill="#ffffff" />
        </pattern>
        <pattern id="class-unsafe" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill={CLASS_COLORS.unsafe} />
          <rect width="2" height="6" fill="#ffffff" />
        </pattern>
      </defs>
    </svg>
  );
}

/** The fill of an outcome class: its colour, with its pattern (ClassPatterns must be on the page). */
export function classFill(cls: OutcomeClass): string {
  return cls === "success" ? CLASS_COLORS.success : `url(#class-${cls})`;
}
