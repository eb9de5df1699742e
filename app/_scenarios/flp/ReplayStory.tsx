/**
 * An FLP run's replay story: the protocol and the initial configuration, the scrubbable
 * space-time diagram, then the run as of the replay's moment (the valency strip, the step just
 * taken, and at the end the outcome, the checker's verdict and the commutativity lemma on the
 * run). A Lemma 1 puzzle has no run: its story is the answers and the lemma's argument.
 */
import type { FlpParams, FlpReveal } from "@/server/engine/flp";
import type { ReplayStoryProps } from "../replayUi";
import { FLP_PROTOCOL_WORDS } from "@/server/engine/flp/protocolWords";
import { FlpReplayRun, FlpPuzzleReveal } from "./lazy";

export function FlpReplayStory({ params, seats, timeline, reveal, viewer }: ReplayStoryProps) {
  // The engine's FLP revealFromTrace built it, from parameters the replay parsed.
  const r = reveal as FlpReveal | null;
  const p = params as unknown as FlpParams;
  const scheduler = seats.find((s) => s.seat === "adversary");
  const who = p.watch ? "the proof's adversary (watched)" : scheduler ? `${scheduler.name}${scheduler.kind === "bot" ? " (bot)" : ""}` : "?";
  return (
    <>
      <section className="card grid gap-2" aria-label="The protocol and the start" data-testid="flp-replay-start">
        <h2 className="text-lg font-bold">{r?.protocol.title ?? FLP_PROTOCOL_WORDS[p.protocol].title}</h2>
        {r && <p className="text-sm text-slate-700">{r.protocol.summary}</p>}
        {p.mode === "puzzle" ? (
          <p className="text-sm">
            The Lemma 1 puzzle, answered by <strong>{who}</strong>: which of the initial configurations I<sub>0</sub> … I<sub>{p.n}</sub> is bivalent?
          </p>
        ) : (
          <>
            <p className="text-sm">
              Scheduled by <strong>{who}</strong>. The goal: keep the run bivalent for {p.target} steps, fairly (every process steps and every message is delivered within{" "}
              {p.bound} steps){p.crash ? ", with one crash allowed" : ", with no crash"}.
            </p>
            {r && (
              <ul className="flex flex-wrap gap-2 text-sm" aria-label="The initial configuration">
                {r.inputs.map((b, i) => (
                  <li key={i} className="rounded-full bg-slate-100 ring-1 ring-slate-300 px-3 py-0.5">
                    <strong>p{i + 1}</strong> input {b}
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </section>
      {p.mode === "puzzle" ? r?.puzzle && <FlpPuzzleReveal puzzle={r.puzzle} n={p.n} /> : viewer}
      {p.mode !== "puzzle" && r && <FlpReplayRun reveal={r} params={p} timeline={timeline} />}
    </>
  );
}
