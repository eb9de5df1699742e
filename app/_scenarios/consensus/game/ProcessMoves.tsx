"use client";
/**
 * A process's moves: exactly the ones its view says are legal now, each with a line on what it
 * does in the protocol. Keyboard: S (send the opinion), 0 and 1 (suggest), A, N, D, R.
 */
import type { ConsensusMove } from "@/server/engine/consensus/bots";
import type { Bit } from "@/server/engine/consensus/types";
import type { ProcessView } from "@/server/engine/consensus/view";
import { useShortcuts } from "@/app/components/useShortcut";
import type { Lexicon } from "@/server/engine/consensus/lens";
import { useLexicon } from "../lens";
import { protocolValues } from "./words";

interface Offer {
  key: string;
  label: string;
  why: string;
  move: ConsensusMove;
  tone: "primary" | "secondary" | "danger";
}

function offers(view: ProcessView, lex: Lexicon): Offer[] {
  const { can, coordinator: c, round, params } = view;
  const out: Offer[] = [];
  if (can.decide) {
    const done = view.coordinating.find((r) => r.suggestion !== null && r.acks >= params.majority);
    out.push({
      key: "d",
      label: lex.moves.decide,
      why: `The first ${params.majority} replies to your ${lex.kind.suggest}${done ? ` of ${done.suggestion} (${lex.round} ${done.round})` : ""} are all ${lex.kind.ack}: ${lex.round === "ballot" ? "the value is chosen; as the learner, announce it" : "decide it and tell everyone"}.`,
      move: { type: "decide" },
      tone: "primary",
    });
  }
  if (can.relay) {
    const heard = view.inbox.find((m) => m.payload.kind === "decide")?.payload;
    const v = view.decided?.value ?? (heard?.kind === "decide" ? heard.value : undefined);
    out.push({
      key: "r",
      label: lex.moves.relay,
      why: `Pass the decision${v !== undefined ? ` (${v})` : ""} on to everyone, in case its sender crashes before all have it.`,
      move: { type: "relay" },
      tone: "secondary",
    });
  }
  if (can.opinion) {
    out.push({
      key: "s",
      label: lex.moves.opinion,
      why: `Send v = ${view.value}, ${lex.ts} = ${view.ts} to ${c === view.me ? `yourself: you are ${lex.round} ${round}'s ${lex.coordinator}` : `p${c}, ${lex.round} ${round}'s ${lex.coordinator}`}.`,
      move: { type: "opinion" },
      tone: "primary",
    });
  }
  const allowed = protocolValues(view);
  for (const value of can.suggest) {
    const breaks = params.sandbox && !allowed.includes(value);
    out.push({
      key: String(value),
      label: lex.moves.suggest(value),
      why: breaks
        ? `Sandbox: the protocol allows only ${allowed.join(" or ")}. Suggesting ${value} may break agreement.`
        : allowed.length > 1
          ? `You hold a majority of ${lex.kind.opinion}s, and none carries a ${lex.round === "ballot" ? "value accepted in an earlier ballot" : "timestamp"}: nothing can be chosen yet, so either value is safe. Everyone hears it.`
          : `You hold a majority of ${lex.kind.opinion}s; ${value} has the largest ${lex.round === "ballot" ? "accepted ballot" : "timestamp"} among the first ${params.majority}. Everyone hears it.`,
      move: { type: "suggest", value: value as Bit },
      tone: breaks ? "danger" : "primary",
    });
  }
  if (can.ack) {
    const s = view.inbox.find((m) => m.payload.kind === "suggest" && m.payload.round === round && m.from === c)?.payload;
    const v = s && s.kind === "suggest" ? s.value : null;
    out.push({
      key: "a",
      label: lex.moves.ack,
      why: `Adopt p${c}'s value${v !== null ? ` ${v}` : ""} (your ${lex.timestamp} becomes ${round}) and go on to ${lex.round} ${round + 1}.`,
      move: { type: "reply", ack: true },
      tone: "primary",
    });
  }
  if (can.nack) {
    out.push({
      key: "n",
      label: lex.moves.nack,
      why: `Your detector suspects p${c}: give up on ${lex.round} ${round} and go on to ${lex.round} ${round + 1}.`,
      move: { type: "reply", ack: false },
      tone: "danger",
    });
  }
  return out;
}

const TONE = { primary: "btn-primary", secondary: "btn-secondary", danger: "btn-danger" } as const;

export function ProcessMoves({ view, move }: { view: ProcessView; move: (m: ConsensusMove) => Promise<void> }) {
  const lex = useLexicon();
  const list = view.phase === "running" ? offers(view, lex) : [];
  const keys: Record<string, () => void> = {};
  for (const o of list) keys[o.key] = () => void move(o.move);
  useShortcuts(keys);
  return (
    <section className="card grid gap-3 content-start" aria-label="Your moves">
      <h2 className="font-semibold">Your moves</h2>
      {list.length === 0 ? (
        <p className="text-sm text-slate-600" role="status" data-testid="no-moves">
          {view.crashed ? "A crashed process takes no steps." : view.decided ? "You have decided and relayed: nothing left to do." : "Nothing to do right now: the protocol is waiting for messages."}
        </p>
      ) : (
        <ul className="grid gap-2">
          {list.map((o) => (
            <li key={o.key} className="grid gap-1">
              <button type="button" className={`${TONE[o.tone]} text-left flex items-center`} onClick={() => void move(o.move)} aria-keyshortcuts={o.key.toUpperCase()}>
                {o.label}
                <kbd className="ml-auto rounded bg-white/25 px-1.5 text-xs font-mono">{o.key.toUpperCase()}</kbd>
              </button>
              <p className="text-xs text-slate-600">{o.why}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
