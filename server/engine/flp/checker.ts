/**
 * The FLP run's checker: replays the recorded run from its initial configuration, independently
 * of the reducer's bookkeeping, and checks every step was applicable, by a live process and
 * within the fairness rule, that the valencies recorded are the oracle's, and the protocol's
 * Agreement and Validity.
 */
import { advanceClock, fairnessRefusal, startClock } from "./fairness";
import { applicableSteps, applyStep, initialConfiguration, type Step } from "./model";
import { sharedOracle } from "./oracle";
import { protocolById } from "./protocols";
import type { FlpState } from "./types";

export interface FlpCheck {
  ok: boolean;
  detail: string;
}

export interface FlpVerdict {
  /** Every step applicable, by a live process, within the fairness bound. */
  fair: FlpCheck;
  /** Each recorded valency is the oracle's. */
  valencies: FlpCheck;
  agreement: FlpCheck;
  validity: FlpCheck;
}

export function checkFlpRun(state: FlpState): FlpVerdict {
  const protocol = protocolById(state.params.protocol);
  const oracle = sharedOracle(state.params.protocol);
  let config = initialConfiguration(protocol, state.inputs);
  let clock = startClock(state.params.n);
  let fair: FlpCheck = { ok: true, detail: `${state.clock.steps} steps, each fair within the bound of ${state.params.bound}` };
  let valencies: FlpCheck = { ok: true, detail: "every recorded valency is the oracle's" };
  for (const entry of state.run) {
    if (entry.kind === "crash") {
      clock = { ...clock, crashed: entry.pid };
      continue;
    }
    const key = entry.messageId === null ? null : (state.messages.find((m) => m.id === entry.messageId)?.key ?? "?");
    const step: Step = { pid: entry.pid, message: key };
    const applicable = applicableSteps(config, [entry.pid]).some((s) => s.message === key);
    const why = !applicable ? "not applicable" : fairnessRefusal(config, clock, state.params.bound, step);
    if (why && fair.ok) fair = { ok: false, detail: `step ${entry.step}: ${why}` };
    if (!applicable) break;
    config = applyStep(protocol, config, step);
    clock = advanceClock(clock, step, config);
    const v = oracle.valency(config);
    if (v !== entry.valency && valencies.ok) valencies = { ok: false, detail: `step ${entry.step}: recorded ${entry.valency}, the oracle says ${v}` };
  }
  const values = new Set(state.decisions.map((d) => d.value));
  const agreement = values.size <= 1 ? { ok: true, detail: values.size === 0 ? "nobody decided" : `every decision is ${[...values][0]}` } : { ok: false, detail: "two processes decided differently" };
  const bad = state.decisions.find((d) => !state.inputs.includes(d.value));
  const validity = bad ? { ok: false, detail: `p${bad.pid + 1} decided ${bad.value}, which no process proposed` } : { ok: true, detail: "every decision is some process's input" };
  return { fair, valencies, agreement, validity };
}
