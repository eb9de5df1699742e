/** Previous / next links between the pages of a ranking, as plain addresses. */
import Link from "next/link";

export function Pager({ page, pages, total, hrefOf }: { page: number; pages: number; total: number; hrefOf: (page: number) => string }) {
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
    <nav className="flex flex-wrap items-center justify-between gap-2 text-sm" aria-label="Pages">
      {step(page - 1, "← Previous", "prev")}
      <span className="text-slate-600">
        Page {page} of {pages.toLocaleString("en")}
        <span className="hidden sm:inline"> · {total.toLocaleString("en")} ranked</span>
      </span>
      {step(page + 1, "Next →", "next")}
    </nav>
  );
}
