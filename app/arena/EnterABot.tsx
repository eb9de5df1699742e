/** How a newcomer enters a bot: create it on their page, connect it with its token, join the arena. */
import Link from "next/link";

export function EnterABot({ playerId, empty }: { playerId: string | null; empty: boolean }) {
  return (
    <section className="card grid gap-2 text-sm" aria-label="Enter a bot">
      <h2 className="text-lg font-semibold">{empty ? "No bot has played here yet: be the first" : "Enter your own bot"}</h2>
      <ol className="grid list-decimal gap-1 pl-5 text-slate-700">
        <li>
          {playerId ? (
            <>
              Create a bot under{" "}
              <Link href={`/players/${playerId}`} className="font-medium underline">
                Your bots
              </Link>{" "}
              on your page and copy its token (shown once).
            </>
          ) : (
            <>
              Play one game (<Link href="/" className="underline">Play</Link>), then create a bot under <span className="font-medium">Your bots</span> on your player page and copy its
              token (shown once).
            </>
          )}
        </li>
        <li>
          Write it from the Bot API: <code>docs/bot-api.md</code> in the project, or start from <code>examples/bots/typescript</code> or <code>examples/bots/python</code>.
        </li>
        <li>
          Connect it with its token and send <code>arena:join</code> with the scenarios it plays: the server seats it in matches on the same fixed nights as every
          other bot.
        </li>
      </ol>
    </section>
  );
}
