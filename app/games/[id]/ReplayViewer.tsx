"use client";
/**
 * Scrubbing through a finished game: step buttons, a slider, a drag on the diagram and the
 * arrow keys move through time; the diagram shows what had happened by then, and each seat's own view at that moment
 * stands beside the truth. With more than two parties (consensus), one process's view at a
 * time, picked from a row that shows where each stands. The moment is the page's (ReplayMoment):
 * kept in the URL (?t=), and followed by the fate table and the two worlds below. A scenario
 * whose seats those panels do not describe puts its own under the diagram (`views`).
 */
import { useEffect, useState, type ReactNode } from "react";
import { frameAt, partyViewAt, type MessageAt, type PartyView, type Timeline } from "@/server/engine/timeline";
import { clockLabel } from "@/app/components/clock";
import { useReplayMoment } from "@/app/components/ReplayMoment";
import { seatTitle } from "@/app/components/outcome";
import { SpaceTimeDiagram } from "@/app/components/SpaceTimeDiagram";
import { TimeSlider } from "@/app/components/TimeSlider";
import { useTimelineWords } from "@/app/components/timelineWords";
import { ProcessPicker } from "./ProcessPicker";

/**
 * The viewer of the page's replay moment (a ReplayMomentProvider around it holds the tick and the
 * URL's ?t=). Before the end it draws `blind`: the timeline with nothing that tells how the game ends.
 * `views`: what stands under the diagram instead of each seat's view beside the truth (the
 * scenario's `ReplayUi.Views`).
 */
export function ReplayViewer({ timeline: whole, blind = whole, views }: { timeline: Timeline; blind?: Timeline; views?: ReactNode }) {
  const { tick, end, go } = useReplayMoment();
  // A lens may rename the labels (consensus in Paxos words); the run drawn is the same.
  const words = useTimelineWords();
  const timeline = words(tick >= end ? whole : blind);
  const [playing, setPlaying] = useState(false);
  const [party, setParty] = useState(timeline.parties[0].id);
  const many = timeline.parties.length > 2;

  useEffect(() => {
    if (!playing) return;
    if (tick >= end) {
      setPlaying(false);
      return;
    }
    const timer = setTimeout(() => go(tick + 1), 700);
    return () => clearTimeout(timer);
  }, [playing, tick, end, go]);

  const frame = frameAt(timeline, tick);
  const at = clockLabel(timeline.clock, tick);
  return (
    <section className="grid gap-4" aria-label="Replay">
      <div
        className="card grid gap-3"
        onKeyDown={(e) => {
          if (e.key === "ArrowRight") go(tick + 1);
          if (e.key === "ArrowLeft") go(tick - 1);
        }}
      >
        <div className="flex flex-wrap items-center gap-2">
          <button type="button" className="btn-secondary !px-3" onClick={() => go(0)} aria-label="To the start">Start</button>
          <button type="button" className="btn-secondary !px-3" onClick={() => go(tick - 1)} disabled={tick <= 0} aria-label="One step back">◀</button>
          <button type="button" className="btn-primary !px-3 min-w-20" onClick={() => setPlaying((p) => !p && tick < end)}>{playing ? "Pause" : "Play"}</button>
          <button type="button" className="btn-secondary !px-3" onClick={() => go(tick + 1)} disabled={tick >= end} aria-label="One step forward">▶</button>
          <button type="button" className="btn-secondary !px-3" onClick={() => go(end)} aria-label="To the end">End</button>
          <output className="ml-auto font-mono text-sm" data-testid="replay-time">{at}</output>
        </div>
        <TimeSlider timeline={timeline} tick={tick} onChange={go} showTime={false} />
      </div>
      <SpaceTimeDiagram timeline={timeline} at={tick} onScrub={go} />
      {views ? (
        views
      ) : many ? (
        <div className="grid gap-3">
          <ProcessPicker timeline={timeline} tick={tick} selected={party} onSelect={setParty} />
          <div className="grid gap-3 md:grid-cols-2">
            <SeatAt view={partyViewAt(timeline, party, tick)} timeline={timeline} ladder={false} crashedAt={crashTick(timeline, party, tick)} />
            <Truth frame={frame} timeline={timeline} />
          </div>
        </div>
      ) : (
        <div className="grid gap-3 md:grid-cols-3">
          <SeatAt view={partyViewAt(timeline, timeline.parties[0].id, tick)} timeline={timeline} />
          <Truth frame={frame} timeline={timeline} />
          <SeatAt view={partyViewAt(timeline, timeline.parties[1].id, tick)} timeline={timeline} />
        </div>
      )}
    </section>
  );
}

/** The tick a party crashed at, if it had by `tick`. */
function crashTick(timeline: Timeline, party: string, tick: number): number | null {
  return timeline.marks?.find((m) => m.party === party && m.label === "crash" && m.tick <= tick)?.tick ?? null;
}

function SeatAt({ view, timeline, ladder = true, crashedAt = null }: { view: PartyView; timeline: Timeline; ladder?: boolean; crashedAt?: number | null }) {
  const at = (t: number) => clockLabel(timeline.clock, t);
  const top = view.rungs[view.rungs.length - 1];
  // Many parties send many messages: the lists scroll rather than push the page down.
  const list = ladder ? "" : "max-h-56 overflow-y-auto";
  return (
    <div className="card grid gap-1.5 text-sm content-start" aria-label={`${seatTitle(view.party, timeline.skin)}'s view`}>
      <h3 className="font-semibold">{seatTitle(view.party, timeline.skin)}&apos;s view</h3>
      {ladder && (
        <>
          <p className="text-slate-700">{top ? top.sentence : "No rung of the ladder yet"}</p>
          <p className="text-xs text-slate-500">knowledge depth {top?.level ?? 0} (what this seat could be sure of)</p>
        </>
      )}
      {crashedAt !== null && <p className="font-medium">✕ Crashed at {at(crashedAt)}: it took no more steps.</p>}
      <h4 className="text-xs uppercase tracking-wide text-slate-500 mt-1">sent ({view.sent.length})</h4>
      <ul className={list} tabIndex={ladder ? undefined : 0} aria-label={`Sent by ${seatTitle(view.party, timeline.skin)}`}>
        {view.sent.length === 0 && <li className="text-slate-600">nothing</li>}
        {view.sent.map((m) => (
          <li key={m.id}>#{m.id} {m.label} at {at(m.sentAt)}: <span className="text-slate-500">fate unknown</span></li>
        ))}
      </ul>
      <h4 className="text-xs uppercase tracking-wide text-slate-500 mt-1">received ({view.received.length})</h4>
      <ul className={list} tabIndex={ladder ? undefined : 0} aria-label={`Received by ${seatTitle(view.party, timeline.skin)}`}>
        {view.received.length === 0 && <li className="text-slate-600">nothing</li>}
        {view.received.map((m) => (
          <li key={m.id}>#{m.id} {m.label}{ladder ? "" : ` from ${seatTitle(m.from, timeline.skin)}`} at {at(m.arrivedAt)}</li>
        ))}
      </ul>
      {view.decision && <p className="mt-1 font-medium">Decided: {ladder ? view.decision.label : view.decision.label.replace(/^decide /, "")} ({at(view.decision.tick)})</p>}
    </div>
  );
}

function Truth({ frame, timeline }: { frame: ReturnType<typeof frameAt>; timeline: Timeline }) {
  const inFlight = frame.messages.filter((m) => m.status === "in-flight");
  const delivered = frame.messages.filter((m) => m.status === "delivered");
  const lost = frame.messages.filter((m) => m.status === "lost");
  const many = timeline.parties.length > 2;
  // Consensus runs send dozens: past a dozen, the count and the first few.
  const ids = (list: MessageAt[]) => {
    if (list.length === 0) return "none";
    if (!many || list.length <= 12) return list.map((m) => `#${m.message.id}`).join(", ");
    return `${list.length}: ${list.slice(0, 12).map((m) => `#${m.message.id}`).join(", ")}, …`;
  };
  const crashes = (timeline.marks ?? []).filter((m) => m.label === "crash" && m.tick <= frame.tick);
  return (
    <div className="card grid gap-1.5 text-sm content-start bg-slate-900 text-slate-100 ring-slate-700" aria-label="The truth">
      <h3 className="font-semibold">The truth at {clockLabel(timeline.clock, frame.tick)}</h3>
      <p data-testid="truth-in-flight">On the way: {ids(inFlight)}</p>
      <p data-testid="truth-delivered">Arrived: {ids(delivered)}</p>
      <p data-testid="truth-lost">{many ? "Dropped at a crashed process" : "Lost"}: {ids(lost)}</p>
      {many ? (
        <>
          <p data-testid="truth-decided">Decided: {frame.decisions.map((d) => `${seatTitle(d.party, timeline.skin)} (${d.label.replace("decide ", "")})`).join(", ") || "nobody yet"}</p>
          <p data-testid="truth-crashed">Crashed: {crashes.map((m) => `${seatTitle(m.party)} at ${clockLabel(timeline.clock, m.tick)}`).join(", ") || "nobody"}</p>
        </>
      ) : (
        <p>True chain: {frame.rungs.length ? `${frame.rungs[frame.rungs.length - 1].level} messages got through in a row` : "not started"}</p>
      )}
      <p className="text-xs text-slate-400">Only the server saw this column while the game was played.</p>
    </div>
  );
}
