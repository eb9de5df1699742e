/**
 * What happened in a finished Two Generals game: outcome, scores and depths per seat, the
 * space-time diagram and the fate of every messenger. Used at dawn and on the record page.
 */
import type { RevealView } from "@/server/engine/generals/view";
import { FATE_WORDS, OUTCOME_TITLE, OUTCOME_TONE, seatTitle } from "./outcome";
import { SpaceTimeDiagram } from "./SpaceTimeDiagram";

export interface StorySeat {
  seat: string;
  name: string | null;
  kind: "human" | "bot";
}

export function GameStory({ reveal, dawnTick, seats, you }: { reveal: RevealView; dawnTick: number; seats: StorySeat[]; you?: string }) {
  return (
    <div className="grid gap-4">
      <OutcomeCards reveal={reveal} seats={seats} you={you} />
      <MessengerStory reveal={reveal} dawnTick={dawnTick} you={you} />
    </div>
  );
}

/** The outcome, and each seat's score, decision and depth. */
export function OutcomeCards({ reveal, seats, you }: { reveal: RevealView; seats: StorySeat[]; you?: string }) {
  return (
    <div className="grid gap-3 content-start">
      <h2 className={`rounded-2xl ring-1 px-4 py-3 text-xl sm:text-2xl font-bold ${OUTCOME_TONE[reveal.outcome]}`}>{OUTCOME_TITLE[reveal.outcome]}</h2>
      <ul className="grid gap-2 grid-cols-[repeat(auto-fit,minmax(10rem,1fr))]" aria-label="Seats at dawn">
        {seats.map((s) => {
          const commitment = s.seat === "A" || s.seat === "B" ? reveal.commitments[s.seat] : null;
          const depth = s.seat === "A" || s.seat === "B" ? reveal.depths[s.seat] : null;
          return (
            <li key={s.seat} className="card grid gap-1">
              <span className="text-sm text-slate-600">
                {seatTitle(s.seat)}
                {you === s.seat ? " (you)" : ""}: {s.name ?? "?"} {s.kind === "bot" ? "(bot)" : ""}
              </span>
              <span className="text-2xl font-bold" data-testid={`score-${s.seat}`}>
                {formatScore(reveal.scores[s.seat as keyof typeof reveal.scores] ?? 0)} pts
              </span>
              {commitment && (
                <span className="text-sm">
                  {commitment.decision === "attack" ? "Attacked" : commitment.byDefault ? "Held (never chose)" : "Held"}
                  {!commitment.byDefault && ` · chose at tick ${commitment.tick}`}
                </span>
              )}
              {depth !== null && <span className="text-sm text-slate-600">knowledge depth {depth}</span>}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** Every messenger's fate: the space-time diagram and a table. */
export function MessengerStory({ reveal, dawnTick, you }: { reveal: RevealView; dawnTick: number; you?: string }) {
  return (
    <div className="grid gap-4">
      <section className="grid gap-2" aria-label="Space-time diagram">
        <h3 className="font-semibold">Every messenger, revealed</h3>
        <SpaceTimeDiagram reveal={reveal} dawnTick={dawnTick} you={you} />
      </section>
      <table className="text-sm w-full">
        <caption className="text-left font-semibold mb-1">Fate of every messenger</caption>
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
          {reveal.messengers.length === 0 && (
            <tr>
              <td colSpan={5} className="py-1 text-slate-400">No messenger was sent.</td>
            </tr>
          )}
          {reveal.messengers.map((m) => (
            <tr key={m.id} className="border-t border-slate-200">
              <td className="py-1 pr-2 font-mono">{m.id}</td>
              <td className="py-1 pr-2">{m.from}</td>
              <td className="py-1 pr-2">{m.kind === "plan" ? "the plan" : `ack (${m.acked})`}</td>
              <td className="py-1 pr-2">tick {m.sentAt}</td>
              <td className={`py-1 ${m.fate === "captured" ? "text-rose-700" : m.fate === "delivered" ? "text-emerald-700" : "text-slate-500"}`}>
                {FATE_WORDS[m.fate]}
                {m.fate !== "late" && ` at tick ${m.settledAt}`}
                {m.capturedBy === "enemy" && " by the Enemy"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function formatScore(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `−${-n}` : "0";
}
