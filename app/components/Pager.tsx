/** Previous / next links between the pages of a ranking or a history, as plain addresses. */
import Link from "next/link";

interface PagerProps {
  page: number;
  pages: number;
  hrefOf: (page: number) => string;
  /** How many rows in all, shown on wide screens. */
  total?: number;
  label?: string;
}

export function Pager({ page, pages, hrefOf, total, label = "Pages" }: PagerProps) {
  if (pages <= 1) return null;
  const step = (to: number, text: string, rel: string) =>
    to >= 1 && to <= pages ? (
      <Link href={hrefOf(to)} rel={rel} className="rounded-full px-3 py-1 ring-1 ring-slate-300 bg-white hover:bg-slate-100">
        {text}
      </Link>
    ) : (
      <span className="rounded-full px-3 py-1 ring-1 ring-slate-200 text-slate-300" aria-hidden>
        {text}
      </span>
    );
  return (
    <nav className="flex flex-wrap items-center justify-between gap-2 text-sm" aria-label={label}>
      {step(page - 1, "← Previous", "prev")}
      <span className="text-slate-600">
        Page {page} of {pages.toLocaleString("en")}
        {total !== undefined && <span className="hidden sm:inline"> · {total.toLocaleString("en")} ranked</span>}
      </span>
      {step(page + 1, "Next →", "next")}
    </nav>
  );
}

/** A positive page number from a query string value, else 1. */
export function pageParam(value: string | undefined): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= 100_000 ? n : 1;
}
