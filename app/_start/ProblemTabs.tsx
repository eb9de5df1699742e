"use client";
/**
 * The home page's problem tabs. On a phone they stay on one row that scrolls sideways within
 * itself (never the page), its right edge fading to show there is more, and the chosen tab is
 * scrolled into sight; from `sm` up they wrap.
 */
import Link from "next/link";
import { useEffect, useRef } from "react";

export interface ProblemTab {
  id: string;
  title: string;
  href: string;
}

export function ProblemTabs({ tabs, current }: { tabs: readonly ProblemTab[]; current: string }) {
  const row = useRef<HTMLElement>(null);
  useEffect(() => {
    const nav = row.current;
    const tab = nav?.querySelector<HTMLElement>('[aria-current="page"]');
    if (!nav || !tab) return;
    // Only sideways, and only when the chosen tab is not already in sight (the fade takes the last 15%).
    const [box, edge] = [tab.getBoundingClientRect(), nav.getBoundingClientRect()];
    const fade = edge.width * 0.15;
    if (box.left < edge.left) nav.scrollLeft -= edge.left - box.left + 16;
    else if (box.right > edge.right - fade) nav.scrollLeft += box.right - (edge.right - fade) + 16;
  }, [current]);
  return (
    <nav
      ref={row}
      aria-label="Problems"
      className="flex gap-2 overflow-x-auto -mx-4 px-4 py-0.5 [mask-image:linear-gradient(to_right,black_85%,transparent)] [scrollbar-width:none] sm:mx-0 sm:px-0 sm:flex-wrap sm:overflow-visible sm:[mask-image:none]"
    >
      {tabs.map((t) => (
        <Link
          key={t.id}
          href={t.href}
          aria-current={t.id === current ? "page" : undefined}
          className={`shrink-0 whitespace-nowrap rounded-full px-4 py-1.5 text-sm font-medium ring-1 ${t.id === current ? "bg-slate-900 text-white ring-slate-900" : "bg-white ring-slate-300 hover:bg-slate-100"}`}
        >
          {t.title}
        </Link>
      ))}
      {/* Room to scroll the last tab clear of the fade. */}
      <span aria-hidden="true" className="shrink-0 w-10 sm:hidden" />
    </nav>
  );
}
