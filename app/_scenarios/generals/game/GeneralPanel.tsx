"use client";
/** A general's controls, its knowledge in words, and its own messengers (never their fates). */
import type { GeneralsMove } from "@/server/engine/generals/bots";
import { ladderSentence } from "@/server/engine/generals/knowledge";
import type { GeneralView } from "@/server/engine/generals/view";
import { GeneralsScoring } from "../GeneralsScoring";
import { KnowledgeLadder, nextLevel } from "@/app/components/KnowledgeLadder";
import { useShortcuts } from "@/app/components/useShortcut";
import { TELLINGS, type Telling } from "../telling";

interface Props {
  telling: Telling;
  view: GeneralView;
  move: (m: GeneralsMove) => Promise<void>;
}

export function GeneralPanel({ telling: t, view, move }: Props) {
  const { can } = view;
  const send = (kind: "plan" | "ack") => void move({ type: "send", kind });
  const commit = (decision: "attack" | "hold") => void move({ type: "commit", decision });
  useShortcuts({
    p: () => can.sendPlan && send("plan"),
    k: () => can.sendAck && send("ack"),
    a: () => can.commit && commit("attack"),
    h: () => can.commit && commit("hold"),
  });

  return (
    <div className="grid gap-4 content-start">
      <section className="card grid gap-3 content-start" aria-label="Your moves">
        <h2 className="font-semibold">Your moves</h2>
        <div className="grid grid-cols-2 gap-2">
          {view.seat === "A" && (
            <button type="button" className="btn-secondary" disabled={!can.sendPlan} onClick={() => send("plan")} aria-keyshortcuts="P">
              Send {t.plan} <Key>P</Key>
            </button>
          )}
          <button type="button" className="btn-secondary" disabled={!can.sendAck} onClick={() => send("ack")} aria-keyshortcuts="K">
            Send an ack <Key>K</Key>
          </button>
        </div>
        <p className="text-xs text-slate-500">
          One {t.messenger} a tick; each costs 1 point. A {t.messenger} takes {view.params.crossingTicks} ticks to cross.
          {view.seat === "B" && view.received.length === 0 && ` You can acknowledge once a ${t.messenger} has reached you.`}
        </p>
        {view.commitment ? (
          <p className="rounded-lg bg-slate-100 px-3 py-2 font-medium" role="status">
            You committed to <strong>{view.commitment.decision === "attack" ? t.attackButton.toLowerCase() : t.hold}</strong> at tick {view.commitment.tick}. It cannot be changed.
          </p>
        ) : (
          <div className="grid grid-cols-2 gap-2">
            <button type="button" className="btn-danger" disabled={!can.commit} onClick={() => commit("attack")} aria-keyshortcuts="A">
              {t.attackButton} <Key>A</Key>
            </button>
            <button type="button" className="btn-secondary" disabled={!can.commit} onClick={() => commit("hold")} aria-keyshortcuts="H">
              {t.holdButton} <Key>H</Key>
            </button>
          </div>
        )}
        {!view.commitment && <p className="text-xs text-slate-500">{t === TELLINGS.generals ? "A general who has not committed by dawn holds." : `A side that has not committed by dawn will ${t.hold}.`}</p>}
        <p className="text-xs text-slate-500">Dawn breaks before that tick&apos;s arrivals: a {t.messenger} due at dawn is too late.</p>
      </section>
      <Knowledge telling={t} view={view} />
      <GeneralsScoring enemy={view.params.enemy !== "none"} skin={t.skin} />
    </div>
  );
}

function Key({ children }: { children: React.ReactNode }) {
  return <kbd className="ml-1 rounded bg-white/20 px-1.5 text-xs font-mono">{children}</kbd>;
}

function Knowledge({ telling: t, view }: { telling: Telling; view: GeneralView }) {
  const { depth, sentence, rungs } = view.knowledge;
  const level = nextLevel(depth, view.seat === "A");
  // The engine's sentences name "the plan"; a telling says what its first message carries.
  const tell = (s: string) => s.split(TELLINGS.generals.plan).join(t.plan);
  return <KnowledgeLadder depth={depth} sentence={tell(sentence)} rungs={rungs.map((r) => ({ ...r, sentence: tell(r.sentence) }))} next={{ level, sentence: tell(ladderSentence(level, view.seat)) }} clock="tick" />;
}

/** The general's own messengers and those that reached it: never the fate of its own. */
export function MessengerLog({ telling: t, view }: { telling: Telling; view: GeneralView }) {
  const d = view.params.crossingTicks;
  return (
    <section className="card grid gap-2 content-start" aria-label={`Your ${t.messenger}s`}>
      <h2 className="font-semibold capitalize">{t.messenger}s</h2>
      <div className="grid gap-3 text-sm">
        <div>
          <h3 className="text-slate-600 mb-1">You sent ({view.sent.length})</h3>
          <ul className="grid gap-1">
            {view.sent.length === 0 && <li className="text-slate-500">none yet</li>}
            {view.sent.map((m) => (
              <li key={m.id} className="flex gap-2">
                <span className="font-mono text-slate-500">#{m.id}</span>
                {m.kind === "plan" ? t.plan : `ack: ${m.acked} of theirs arrived`}
                <span className="ml-auto text-slate-500">
                  {view.tick < m.sentAt + d ? `crossing ${t.valley}` : "fate unknown until dawn"}
                </span>
              </li>
            ))}
          </ul>
        </div>
        <div>
          <h3 className="text-slate-600 mb-1">Reached you ({view.received.length})</h3>
          <ul className="grid gap-1">
            {view.received.length === 0 && <li className="text-slate-500">nothing yet</li>}
            {view.received.map((m) => (
              <li key={m.id} className="flex gap-2">
                <span className="font-mono text-slate-500">#{m.id}</span>
                {m.kind === "plan" ? t.plan : `ack: ${m.acked} of yours had arrived`}
                <span className="ml-auto text-slate-500">tick {m.arrivedAt}</span>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </section>
  );
}
