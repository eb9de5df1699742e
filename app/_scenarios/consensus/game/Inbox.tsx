/**
 * The messages that reached this process in this round and the last (older rounds no longer
 * matter to the protocol), and any DECIDE: newest first, by round.
 */
import type { ProcessView } from "@/server/engine/consensus/view";
import { useLexicon } from "../lens";
import { KIND_TONE, payloadDetail } from "./words";

type Item = ProcessView["inbox"][number];

export function Inbox({ view }: { view: ProcessView }) {
  const lex = useLexicon();
  const groups: { title: string; items: Item[] }[] = [
    { title: `${lex.Round} ${view.round} (now)`, items: view.inbox.filter((m) => m.payload.kind !== "decide" && m.payload.round === view.round) },
    { title: `${lex.Round} ${view.round - 1}`, items: view.inbox.filter((m) => m.payload.kind !== "decide" && m.payload.round === view.round - 1) },
    { title: lex.round === "ballot" ? "Announcements heard" : "Decisions heard", items: view.inbox.filter((m) => m.payload.kind === "decide") },
  ].filter((g) => g.items.length > 0 || g.title.endsWith("(now)"));
  return (
    <section className="card grid gap-2 content-start" aria-label="Your inbox">
      <h2 className="font-semibold">Inbox <span className="text-sm font-normal text-slate-500">({view.inbox.length})</span></h2>
      {groups.map((g) => (
        <div key={g.title} className="grid gap-1">
          <h3 className="text-xs uppercase tracking-wide text-slate-500">{g.title}</h3>
          <ul className="grid gap-1">
            {g.items.length === 0 && <li className="text-sm text-slate-500">nothing yet</li>}
            {[...g.items].reverse().map((m) => (
              <li key={m.id} className="flex flex-wrap items-center gap-x-2 gap-y-0.5 text-sm" data-kind={m.payload.kind}>
                <span className={`rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ${KIND_TONE[m.payload.kind]}`}>{lex.kind[m.payload.kind]}</span>
                <span>
                  from <strong>{m.from === view.me ? "you" : `p${m.from}`}</strong>
                  {payloadDetail(m.payload, lex) && <>: {payloadDetail(m.payload, lex)}</>}
                  {m.payload.kind === "decide" && <span className="text-slate-500"> ({lex.round} {m.payload.round})</span>}
                </span>
                <span className="ml-auto text-xs text-slate-500 whitespace-nowrap">tick {m.at}</span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
