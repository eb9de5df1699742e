/**
 * What happened in a finished game, from its timeline: the outcome, each seat's score,
 * decision, knowledge depth and chain, the space-time diagram and the fate of every message. Used at the end
 * of a live game and on the record page, for every two-party scenario.
 */
import { chainIn, knownDepthIn, partyViewAt, type Timeline, type TimelineMessage } from "@/server/engine/timeline";
import { clockLabel } from "./clock";
import { lostToEnemy, outcomeTitle, outcomeTone, seatTitle } from "./outcome";
import { ScrubbableDiagram } from "./ScrubbableDiagram";

export interface StorySeat {
  seat: string;
  name: string | null;
  kind: "human" | "bot";
}

/**
 * The outcome, and each seat's score, decision and depth. `scores: false` leaves the game's own
 * points out (a challenge night: its challenge score is the one figure its screen shows). With
 * `upTo` before the end (a replay's moment), only what was so by then: no outcome or score yet,
 * the decisions taken by then, and the depth each seat could be sure of then.
 */
export function OutcomeCards({ timeline, seats, you, scores = true, upTo }: { timeline: Timeline; seats: StorySeat[]; you?: string; scores?: boolean; upTo?: number }) {
  const until = upTo ?? timeline.endTick;
  const partial = until < timeline.endTick;
  return (
    <div className="grid gap-3 content-start">
      {partial ? (
        <h2 className="rounded-2xl ring-1 px-4 py-3 text-xl sm:text-2xl font-bold bg-slate-50 ring-slate-200 text-slate-900" data-testid="outcome-pending">
          At {clockLabel(timeline.clock, until)}: the game is under way
        </h2>
      ) : (
        <h2 className={`rounded-2xl ring-1 px-4 py-3 text-xl sm:text-2xl font-bold ${outcomeTone(timeline.outcome)}`}>{outcomeTitle(timeline.outcome, timeline.skin)}</h2>
      )}
      <ul className="grid gap-2 grid-cols-[repeat(auto-fit,minmax(10rem,1fr))]" aria-label={partial ? `Seats at ${clockLabel(timeline.clock, until)}` : "Seats at the end"}>
        {seats.map((s) => {
          const decision = timeline.decisions.find((d) => d.party === s.seat && (!partial || d.tick <= until));
          const inLadder = timeline.parties.some((p) => p.id === s.seat);
          return (
            <li key={s.seat} className="card grid gap-1">
              <span className="text-sm text-slate-600">
                {seatTitle(s.seat, timeline.skin)}
                {you === s.seat ? " (you)" : ""}: {s.name ?? "?"} {s.kind === "bot" ? "(bot)" : ""}
              </span>
              {scores &&
                (partial ? (
                  <span className="text-2xl font-bold text-slate-500" data-testid={`score-${s.seat}`}>? pts</span>
                ) : (
                  <span className="text-2xl font-bold" data-testid={`score-${s.seat}`}>{formatScore(timeline.scores[s.seat] ?? 0)} pts</span>
                ))}
              {decision ? (
                <span className="text-sm">
                  {decision.byDefault ? `${capitalise(decision.label)} (never chose)` : `${capitalise(decision.label)} · chose at ${clockLabel(timeline.clock, decision.tick)}`}
                </span>
              ) : (
                partial && <span className="text-sm text-slate-600">Not decided yet</span>
              )}
              {inLadder && (partial ? <DepthThen timeline={timeline} party={s.seat} tick={until} /> : <DepthLine timeline={timeline} party={s.seat} />)}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/**
 * What a seat could be sure of (its knowledge depth) beside what really happened (its chain:
 * messages that got through in a row up to it). They differ when the seat could not learn that
 * its own last links arrived.
 */
function DepthLine({ timeline, party }: { timeline: Timeline; party: string }) {
  const known = knownDepthIn(timeline, party);
  const chain = chainIn(timeline, party);
  return (
    <span className="text-sm text-slate-600" data-testid={`depth-${party}`}>
      knowledge depth {known}
      <span className="block text-xs text-slate-500">
        {chain === known ? "what it could be sure of, and no more got through in a row" : `what it could be sure of; in truth ${chain} messages got through in a row`}
      </span>
    </span>
  );
}

/** What a seat could be sure of at `tick` (its chain then is the truth column's business). */
function DepthThen({ timeline, party, tick }: { timeline: Timeline; party: string; tick: number }) {
  const rungs = partyViewAt(timeline, party, tick).rungs;
  const depth = rungs.reduce((d, r) => Math.max(d, r.level), 0);
  return (
    <span className="text-sm text-slate-600" data-testid={`depth-${party}`}>
      knowledge depth {depth}
      <span className="block text-xs text-slate-500">what it could be sure of at {clockLabel(timeline.clock, tick)}</span>
    </span>
  );
}

/** Every message's fate: the space-time diagram and a table. */
export function MessageStory({ timeline, you }: { timeline: Timeline; you?: string }) {
  return (
    <div className="grid gap-4">
      <section className="grid gap-2" aria-label="Space-time diagram">
        <h3 className="font-semibold">Every message, revealed</h3>
        <ScrubbableDiagram timeline={timeline} you={you} />
      </section>
      <FateTable timeline={timeline} />
    </div>
  );
}

/**
 * Every message's fate in a table. With `upTo` (a replay's moment), only what had happened by that
 * tick: the messages sent by then, and a fate only once it was settled (before, "on its way").
 */
export function FateTable({ timeline, upTo }: { timeline: Timeline; upTo?: number }) {
  const at = (t: number) => clockLabel(timeline.clock, t);
  const until = upTo ?? timeline.endTick;
  const partial = until < timeline.endTick;
  const messages = partial ? timeline.messages.filter((m) => m.sentAt <= until) : timeline.messages;
  const settled = (m: TimelineMessage) => m.fate !== "late" && m.settledAt <= until;
  return (
    <table className="text-sm w-full" data-upto={partial ? until : undefined}>
      <caption className="text-left font-semibold mb-1">{partial ? `Fate of every message by ${at(until)}` : "Fate of every message"}</caption>
      <thead className="text-slate-500 text-left">
        <tr>
          <th className="py-1 pr-2 font-normal">#</th>
          <th className="py-1 pr-2 font-normal">from</th>
          <th className="py-1 pr-2 font-normal">carrying</th>
          <th className="py-1 pr-2 font-normal">left</th>
          <th className="py-1 font-normal">fate</th>
        </tr>
      </thead>
      <tbody>
        {messages.length === 0 && (
          <tr>
            <td colSpan={5} className="py-1 text-slate-600">{partial ? "No message sent yet." : "No message was sent."}</td>
          </tr>
        )}
        {messages.map((m) => (
          <tr key={m.id} className="border-t border-slate-200">
            <td className="py-1 pr-2 font-mono">{m.id}</td>
            <td className="py-1 pr-2">{seatTitle(m.from, timeline.skin)}</td>
            <td className="py-1 pr-2">{m.label}</td>
            <td className="py-1 pr-2">{at(m.sentAt)}</td>
            <td className={`py-1 ${!settled(m) ? "text-slate-500" : m.fate === "lost" ? "text-rose-700" : "text-emerald-700"}`}>
              {!settled(m)
                ? partial
                  ? `on its way at ${at(until)}`
                  : `still on its way at ${timeline.endLabel}`
                : m.fate === "delivered"
                  ? `arrived at ${at(m.settledAt)}`
                  : `${m.lostBy === "enemy" ? lostToEnemy(timeline.skin) : "lost"} at ${at(m.settledAt)}`}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function formatScore(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `−${-n}` : "0";
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
