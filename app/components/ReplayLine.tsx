/**
 * A listed game's line: a link to its replay, or plain text while the replay is withheld (an arena
 * match before its cycle is over, server/arena/hold.ts), with the words saying when it opens.
 */
import Link from "next/link";

/** What stands where a withheld arena match's replay link would be. */
export const replayAfter = (cycle: number) => `replay after cycle ${cycle + 1}`;

/** `className` lays the line out; the link adds the hover. `withheldCycle` null: the replay is open. */
export function ReplayLine({ gameId, withheldCycle, className, children }: { gameId: string; withheldCycle: number | null; className: string; children: React.ReactNode }) {
  return withheldCycle === null ? (
    <Link href={`/games/${gameId}`} className={`${className} hover:bg-slate-50`}>
      {children}
    </Link>
  ) : (
    <div className={className}>{children}</div>
  );
}
