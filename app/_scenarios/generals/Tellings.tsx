/**
 * The home page's switch between the Two Generals' tellings: the generals, or the gangsters as
 * the problem was first told (1975). Links (`?skin=`), so it works before the page is live.
 */
import Link from "next/link";
import type { Skin } from "@/server/protocol/skins";

export function GeneralsTellings({ skin, inline }: { skin?: Skin; inline?: boolean }) {
  if (inline) {
    const [href, name] = skin === "gangsters" ? ["/", "The generals"] : ["/?play=generals&skin=gangsters", "The gangsters (1975)"];
    return (
      <span className="whitespace-nowrap">
        Tell it as{" "}
        <Link href={href} className="underline font-medium">
          {name}
        </Link>
      </span>
    );
  }
  const tab = (active: boolean) => `rounded-full px-3 py-1 text-sm font-medium ring-1 ${active ? "bg-night text-white ring-night" : "bg-white text-slate-700 ring-slate-300 hover:bg-slate-50"}`;
  return (
    <nav aria-label="Tell it as" className="flex flex-wrap items-center gap-2">
      <span className="text-sm text-slate-600">Tell it as:</span>
      <Link href="/" className={tab(!skin)} aria-current={!skin ? "page" : undefined}>The generals</Link>
      <Link href="/?play=generals&skin=gangsters" className={tab(skin === "gangsters")} aria-current={skin === "gangsters" ? "page" : undefined}>
        The gangsters (1975)
      </Link>
    </nav>
  );
}
