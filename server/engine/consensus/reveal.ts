/**
 * A finished consensus run's reveal, rebuilt from its stored trace the way an outside checker
 * would: inputs and the protected process from (params, seed) at creation, decisions and
 * crashes from the events, scores from the stored result. The verdict is the checker's, run on
 * that history. For a trace that verifies, it equals the reveal the live game showed at its end.
 */
import type { TraceFacts } from "../scenario";
import { checkRun, historyFromEvents } from "./checker";
import type { ConsensusParams } from "./params";
import { createConsensusGame } from "./reducer";
import type { ConsensusReveal } from "./view";

export function consensusRevealFromTrace(trace: TraceFacts<ConsensusParams>): ConsensusReveal {
  const { params } = trace;
  const start = createConsensusGame(params, trace.seed);
  const inputs = start.procs.map((p) => p.input);
  const history = historyFromEvents(params, inputs, trace.events);
  const scores: Record<string, number> = {};
  for (const [seat, r] of Object.entries(trace.result)) if (r) scores[seat] = r.score;
  const processes = inputs.map((input, i) => {
    const id = i + 1;
    const d = history.decisions.find((x) => x.process === id);
    return {
      id,
      input,
      decided: d ? { value: d.value, round: d.round, tick: d.tick } : null,
      crashedAt: history.crashes.find((c) => c.process === id)?.tick ?? null,
    };
  });
  return {
    outcome: trace.outcome === "decided" ? "decided" : "undecided",
    verdict: checkRun(history, params.detector),
    scores,
    processes,
    protectedProcess: start.protectedProcess,
    gst: params.gst,
  };
}
