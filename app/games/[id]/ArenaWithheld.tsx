/** An arena match's replay before its cycle is over (server/arena/hold.ts): said plainly, not as an unknown game. */
import Link from "next/link";
import { withheldMessage } from "@/server/arena/hold";
import { replayAfter } from "@/app/components/ReplayLine";

export function ArenaWithheld({ cycle }: { cycle: number }) {
  // The lists' words, as a heading.
  const title = replayAfter(cycle).replace(/^./, (c) => c.toUpperCase());
  return (
    <div className="mx-auto max-w-xl px-4 py-16 grid gap-3 text-center" role="status">
      <h1 className="text-2xl font-bold">{title}</h1>
      <p className="text-slate-600">
        {withheldMessage(cycle)} Every bot plays the same nights, so until each has played this one its draws stay secret: its
        seed, moves and trace open then.
      </p>
      <p>
        <Link href="/arena" className="underline">Back to the arena</Link>
      </p>
    </div>
  );
}
