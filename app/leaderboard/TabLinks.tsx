/** A row of pill links, the current one filled: the leaderboard's tabs are plain addresses. */
import Link from "next/link";

export function TabLinks({ label, tabs, current }: { label: string; tabs: { key: string; title: string; href: string }[]; current: string }) {
  return (
    <nav className="flex flex-wrap gap-2 text-sm" aria-label={label}>
      {tabs.map((t) => (
        <Link
          key={t.key}
          href={t.href}
          aria-current={t.key === current ? "page" : undefined}
          className={`rounded-full px-3 py-1 ring-1 ${t.key === current ? "bg-slate-900 text-white ring-slate-900" : "bg-white ring-slate-300 hover:bg-slate-100"}`}
        >
          {t.title}
        </Link>
      ))}
    </nav>
  );
}
