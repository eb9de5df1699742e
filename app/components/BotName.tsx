/** A Bot API bot's name, linked to its page, with its "bot" badge (and struck through once revoked). */
import Link from "next/link";

export function BotBadge() {
  return <span className="rounded-full bg-sky-100 px-1.5 py-0.5 text-[10px] font-semibold uppercase tracking-wide text-sky-800">bot</span>;
}

export function BotName({ id, name, revoked = false, badge = false }: { id: string; name: string; revoked?: boolean; badge?: boolean }) {
  return (
    <span className="inline-flex min-w-0 items-center gap-1.5">
      <Link href={`/bots/${id}`} className={`inline-block font-medium leading-6 break-all hover:underline ${revoked ? "text-slate-500 line-through" : ""}`} title={revoked ? `${name} (revoked)` : undefined}>
        {name}
      </Link>
      {badge && <BotBadge />}
    </span>
  );
}
