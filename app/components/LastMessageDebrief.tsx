/**
 * The indistinguishability argument on the game just played: the last message whose arrival
 * changed what its receiver knew (or, when none did, the first lost one that would have), the
 * world where it arrived and the world where it was lost, side by side, and its sender's view,
 * which is the same in both.
 */
import { knownDepthIn, partyViewAt, type Timeline } from "@/server/engine/timeline";
import { knowledgeAt, twoWorlds } from "@/server/engine/twoWorlds";
import { clockLabel } from "./clock";
import { seatTitle } from "./outcome";
import { SpaceTimeDiagram } from "./SpaceTimeDiagram";

export function LastMessageDebrief({ timeline }: { timeline: Timeline }) {
  const worlds = twoWorlds(timeline);
  if (!worlds) {
    return (
      <section className="card text-sm text-slate-600" aria-label="Two worlds">
        No message settled before the end, so there is no message to argue about: with no messages, neither side could ever know more than it started with.
      </section>
    );
  }
  const m = worlds.message;
  const at = (t: number) => clockLabel(timeline.clock, t);
  const sender = seatTitle(m.from, timeline.skin);
  const receiver = seatTitle(m.to, timeline.skin);
  const arrived = m.fate === "delivered" ? worlds.actual : worlds.other;
  const lost = m.fate === "delivered" ? worlds.other : worlds.actual;
  const landing = m.fate === "delivered" ? m.settledAt : m.arrivesAt;
  const view = partyViewAt(timeline, m.from, timeline.endTick);
  return (
    <section className="grid gap-3" aria-label="Two worlds" data-why={worlds.why}>
      <h3 className="text-lg font-semibold">Two worlds {sender} could not tell apart</h3>
      {worlds.why === "raised" && (
        <p className="text-sm text-slate-700">
          The last message that changed what someone knew was #{m.id} ({m.label}), sent by {sender} at {at(m.sentAt)}: when it arrived at{" "}
          {at(landing)}, {receiver} knew more than before. In one world it arrived; in the other it was lost. Nothing {sender} received
          afterwards depended on it, so {sender}&apos;s view is exactly the same in both worlds, and {sender} must act the same way in both,
          without knowing which world it is in.
        </p>
      )}
      {worlds.why === "would-raise" && (
        <p className="text-sm text-slate-700" data-testid="no-knowledge-change">
          <strong>No message&apos;s arrival changed what anyone knew in this game.</strong> Take the first one that would have: #{m.id} ({m.label}),
          sent by {sender} at {at(m.sentAt)}, was lost; had it arrived at {at(landing)}, {receiver} would have known more. {sender} never
          learned which of the two worlds it was in: its view is the same in both.
        </p>
      )}
      {worlds.why === "none" && (
        <p className="text-sm text-slate-700" data-testid="no-knowledge-change">
          <strong>No message changed what anyone knew in this game, and none would have</strong>: every one only repeated what an earlier one
          had said. Here is the last to settle, #{m.id} ({m.label}), sent by {sender} at {at(m.sentAt)}: {receiver}&apos;s knowledge is the
          same either way; but had it been the next link of the chain, {sender} could not have learned whether it made it either.
        </p>
      )}
      <div className="grid gap-3 md:grid-cols-2">
        <World title={`World 1: #${m.id} arrived`} actual={m.fate === "delivered"} timeline={arrived} receiver={m.to} tick={landing} />
        <World title={`World 2: #${m.id} was lost`} actual={m.fate !== "delivered"} timeline={lost} receiver={m.to} tick={landing} />
      </div>
      <div className="card grid gap-1 text-sm" data-testid="sender-view">
        <h4 className="font-semibold">What {sender} saw, identical in both worlds</h4>
        <p>Sent: {view.sent.map((s) => `#${s.id} ${s.label} at ${at(s.sentAt)}`).join(", ") || "nothing"}</p>
        <p>Received: {view.received.map((r) => `#${r.id} ${r.label} at ${at(r.arrivedAt)}`).join(", ") || "nothing"}</p>
        <p>Knowledge depth (what {sender} could be sure of): {knownDepthIn(timeline, m.from)}</p>
      </div>
    </section>
  );
}

/** One world: its diagram, and the receiver's knowledge once the message had (or would have) arrived, and at the end. */
function World({ title, actual, timeline, receiver, tick }: { title: string; actual: boolean; timeline: Timeline; receiver: string; tick: number }) {
  const then = knowledgeAt(timeline, receiver, tick);
  return (
    <figure className={`card grid gap-2 ${actual ? "ring-2 ring-emerald-400" : ""}`}>
      <figcaption className="flex items-center gap-2 text-sm font-semibold">
        {title}
        {actual && <span className="rounded-full bg-emerald-100 text-emerald-900 px-2 py-0.5 text-xs">what happened</span>}
      </figcaption>
      <SpaceTimeDiagram timeline={timeline} compact />
      <p className="text-xs text-slate-600" data-testid="world-knowledge">
        {receiver}&apos;s knowledge depth at {clockLabel(timeline.clock, tick)}: <strong>{then.depth}</strong>
        {then.chain !== then.depth && <> (in truth {then.chain} in a row)</>}; at {timeline.endLabel}: <strong>{knownDepthIn(timeline, receiver)}</strong>
      </p>
    </figure>
  );
}
