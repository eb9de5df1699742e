/**
 * What a process knows of itself: its input, estimate and timestamp, the round and the phase
 * it is in, this round's coordinator, and what its own detector suspects. Nothing about the
 * others' states, the network or GST: a process is never told those.
 */
import { DETECTOR_NAMES, weaklyComplete } from "@/server/engine/consensus/terms";
import type { ProcessView } from "@/server/engine/consensus/view";
import { ProcessRing } from "../ProcessRing";
import { useLexicon } from "../lens";
import { phaseOf, suspectList } from "./words";

export function ProcessState({ view }: { view: ProcessView }) {
  const lex = useLexicon();
  const phase = phaseOf(view, lex);
  const youCoordinate = view.coordinator === view.me;
  const suspects = view.suspects.map((p) => `p${p}`).join(", ");
  return (
    <section className="card grid gap-3 sm:grid-cols-[minmax(0,1fr)_10rem] items-start" aria-label="Your process">
      <div className="grid gap-3 content-start">
        <div className="grid gap-1" data-testid="phase">
          <p className="text-xs uppercase tracking-wide text-slate-500" data-testid="phase-round">{lex.Round} {phase.round}{phase.phase ? ` · phase ${phase.phase} of 4` : ""}</p>
          <h2 className="text-lg font-semibold">{phase.title}</h2>
          <p className="text-sm text-slate-700">{phase.text}</p>
        </div>
        <PhaseSteps current={phase.phase} steps={lex.phases} />
        <dl className="grid grid-cols-3 gap-2 text-center">
          <Fact term="input" value={view.input} testId="input" />
          <Fact term={lex.estimate} value={view.value} testId="estimate" />
          <Fact term={lex.timestamp} value={view.ts} testId="timestamp" />
        </dl>
        <p className={`rounded-lg px-3 py-2 text-sm ${youCoordinate ? "bg-amber-100 text-amber-950 ring-1 ring-amber-300" : "bg-slate-100"}`} data-testid="coordinator">
          {youCoordinate ? (
            <><strong>{lex.youLead(view.round)}</strong> {lex.round === "ballot" ? "Ballot r belongs to" : "Coordinators take turns:"} p(r mod {view.params.n} + 1).</>
          ) : (
            <>{lex.Round} {view.round}&apos;s {lex.coordinator} is <strong>p{view.coordinator}</strong>{view.suspects.includes(view.coordinator) ? ", and your detector suspects it" : ""}.</>
          )}
        </p>
        <p className="text-sm" data-testid="suspects">
          Your {DETECTOR_NAMES[view.params.detector]} detector suspects:{" "}
          {view.suspects.length ? <strong className="text-rose-700">{suspects}</strong> : <span className="text-slate-500">nobody</span>}
          <span className="block text-xs text-slate-500">It may be wrong: a live but slow process looks just like a crashed one.</span>
        </p>
        {view.relay ? <RelayedLists view={view} relay={view.relay} /> : weaklyComplete(view.params.detector) && (
          <p className="text-xs text-slate-500" data-testid="no-relay">
            No suspect lists are relayed in this run: with {DETECTOR_NAMES[view.params.detector]} only one process must notice a crash, so you may wait forever for a crashed coordinator.
          </p>
        )}
      </div>
      <ProcessRing
        n={view.params.n}
        me={view.me}
        coordinator={view.coordinator}
        suspects={view.suspects}
        crashed={view.crashed ? [view.me] : []}
        decided={view.decided ? { [view.me]: view.decided.value } : {}}
        className="w-40 max-w-full h-auto mx-auto"
        label={`You are p${view.me} of ${view.params.n}; p${view.coordinator} is ${lex.round} ${view.round}'s ${lex.coordinator}; you suspect ${suspects || "nobody"}`}
      />
    </section>
  );
}

/** The relay layer from this process's side: its own module's list, and the latest list heard from each process. */
function RelayedLists({ view, relay }: { view: ProcessView; relay: NonNullable<ProcessView["relay"]> }) {
  return (
    <div className="rounded-lg border border-dashed border-violet-400 bg-violet-50 px-3 py-2 text-sm grid gap-1" data-testid="relayed-lists">
      <p>
        Relayed suspect lists: you suspect what any list names, until you hear from that process itself. Your own module says{" "}
        <strong>{suspectList(relay.module)}</strong>, and you send that to everyone every few ticks.
      </p>
      {relay.heard.length ? (
        <ul className="text-xs text-slate-700 grid gap-0.5" aria-label="Lists heard">
          {relay.heard.map((h) => (
            <li key={h.from}>
              p{h.from} (tick {h.at}): {suspectList(h.suspects)}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-xs text-slate-500">No list has reached you yet (of {view.params.n - 1} senders).</p>
      )}
    </div>
  );
}


/** The four phases of a round, the current one lit. */
function PhaseSteps({ current, steps }: { current: number | null; steps: readonly string[] }) {
  return (
    <ol className="grid grid-cols-4 gap-1 text-[11px] text-center" aria-label="The four phases of a round">
      {steps.map((s, i) => (
        <li
          key={s}
          aria-current={current === i + 1 ? "step" : undefined}
          className={`rounded-md px-1 py-1 ${current === i + 1 ? "bg-sky-700 text-white font-semibold" : "bg-slate-100 text-slate-600"}`}
        >
          {i + 1}. {s}
        </li>
      ))}
    </ol>
  );
}

function Fact({ term, value, testId }: { term: string; value: number; testId: string }) {
  return (
    <div className="rounded-lg bg-slate-50 ring-1 ring-slate-200 py-1.5">
      <dt className="text-[11px] uppercase tracking-wide text-slate-500">{term}</dt>
      <dd className="text-xl font-bold font-mono" data-testid={testId}>{value}</dd>
    </div>
  );
}
