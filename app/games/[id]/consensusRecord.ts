/**
 * A finished consensus run as the end of the game showed it, rebuilt from its trace the way an
 * outside checker would: inputs and the protected process from (params, seed) at creation,
 * decisions, crashes and suspicions from the events, scores from the stored result. The verdict
 * is the checker's, run on that history.
 */
import { checkRun, historyFromEvents } from "@/server/engine/consensus/checker";
import { consensusParamsSchema, type ConsensusParams } from "@/server/engine/consensus/params";
import { createConsensusGame } from "@/server/engine/consensus/reducer";
import type { ConsensusReveal } from "@/server/engine/consensus/view";
import type { Trace } from "@/server/storage/types";

export function consensusRecord(trace: Trace): { params: ConsensusParams; reveal: ConsensusReveal } | null {
  const parsed = consensusParamsSchema.safeParse(trace.params);
  if (!parsed.success) return null;
  const params = parsed.data;
  const start = createConsensusGame(params, trace.seed);
  const inputs = start.procs.map((p) => p.input);
  const history = historyFromEvents(params, inputs, trace.events);
  const scores: Record<string, number> = {};
  for (const [seat, r] of Object.entries(trace.result)) scores[seat] = r.score;
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
    params,
    reveal: {
      outcome: trace.outcome === "decided" ? "decided" : "undecided",
      verdict: checkRun(history, params.detector),
      scores,
      processes,
      protectedProcess: start.protectedProcess,
      gst: params.gst,
    },
  };
}
