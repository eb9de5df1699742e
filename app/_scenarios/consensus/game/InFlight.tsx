"use client";
/**
 * The adversary's network: every message in flight, in the order sent (rows keep their place
 * when one is delayed, so the next click lands where it is aimed), with its deadline. Delay
 * holds one back a tick, Rush delivers it next tick. The network is reliable, so nothing can be
 * held past max(sent, GST) + Δ: those buttons are disabled, and the server refuses them anyway.
 */
import type { ConsensusMove } from "@/server/engine/consensus/bots";
import type { AdversaryView } from "@/server/engine/consensus/view";
import { lensChip } from "@/server/engine/consensus/lens";
import { useLexicon } from "../lens";
import { KIND_TONE, payloadDetail } from "./words";

export function InFlight({ view, move }: { view: AdversaryView; move: (m: ConsensusMove) => Promise<void> }) {
  const list = [...view.inFlight].sort((a, b) => a.id - b.id);
  const running = view.phase === "running";
  const lex = useLexicon();
  return (
    <section className="card grid gap-2 content-start" aria-label="Messages in flight">
      <h2 className="font-semibold">
        In flight <span className="text-sm font-normal text-slate-500">({list.length})</span>
      </h2>
      <p className="text-xs text-slate-500">
        Δ = {view.params.maxDelay}: you may hold a message until tick max(sent, GST) + Δ, never longer, and rush any to the next tick.
      </p>
      <ul className="grid gap-1 max-h-[30rem] overflow-y-auto pr-1" aria-label="Messages, in the order sent" tabIndex={0}>
        {list.length === 0 && <li className="text-sm text-slate-500">nothing on the wire</li>}
        {list.map((m) => {
          const canDelay = running && m.deliverAt + 1 <= m.deadline;
          const canRush = running && m.deliverAt > view.tick + 1;
          const what = `#${m.id} p${m.from} to p${m.to}, ${m.payload.kind === "suspicions" ? lex.kind.suspicions : `${lex.round} ${m.payload.round} ${lex.kind[m.payload.kind]}`}`;
          return (
            <li key={m.id} className="grid gap-1 text-sm border-t border-slate-100 pt-1.5" data-message={m.id} data-kind={m.payload.kind} data-arrives={m.deliverAt}>
              <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
                <span className="font-mono text-xs text-slate-500 w-8">#{m.id}</span>
                <span className="font-medium whitespace-nowrap">p{m.from} → p{m.to}</span>
                <span className={`rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ${KIND_TONE[m.payload.kind]}`}>
                  {lensChip(lex, m.payload)}
                </span>
                {payloadDetail(m.payload, lex) && <span className="text-xs text-slate-600">{payloadDetail(m.payload, lex)}</span>}
              </div>
              <div className="flex flex-wrap items-center gap-2 pl-10">
                <span className="text-xs text-slate-600" data-testid="arrival">
                  arrives tick <strong>{m.deliverAt}</strong> · by {m.deadline} at the latest
                </span>
                <span className="ml-auto flex gap-1">
                  <button
                    type="button"
                    className="btn-secondary !px-2 !py-1 text-xs whitespace-nowrap"
                    disabled={!canDelay}
                    title={canDelay ? undefined : `Must arrive by tick ${m.deadline}`}
                    aria-label={`Delay ${what} by one tick`}
                    onClick={() => void move({ type: "delay", messageId: m.id })}
                  >
                    Delay +1
                  </button>
                  <button
                    type="button"
                    className="btn-secondary !px-2 !py-1 text-xs whitespace-nowrap"
                    disabled={!canRush}
                    title={canRush ? undefined : "Already arrives next tick"}
                    aria-label={`Rush ${what} to the next tick`}
                    onClick={() => void move({ type: "rush", messageId: m.id })}
                  >
                    Rush
                  </button>
                </span>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
