/**
 * The commutativity lemma (FLP Lemma 2), on the game's own run: two schedules that touch disjoint
 * sets of processes, applied to the same configuration in either order, reach the same
 * configuration. The example is two neighbouring steps of the run by different processes, where
 * the second step's message was already in the buffer before the first.
 */
import { applyStep, configurationKey, initialConfiguration, messageKey, type Configuration, type Step } from "./model";
import { protocolById } from "./protocols";
import { describeSchedule, type DescribedStep } from "./schedules";
import type { FlpState } from "./types";

export interface CommutationExample {
  /** Steps taken before C (so the pair is steps at + 1 and at + 2 of the run). */
  at: number;
  /** σ1 and σ2, each one step by a different process. */
  first: DescribedStep;
  second: DescribedStep;
  /** σ2(σ1(C)) and σ1(σ2(C)) as process facts and buffer labels: the same, as the lemma says. */
  inOrder: string;
  swapped: string;
  same: boolean;
}

function summary(state: FlpState, c: Configuration<unknown, unknown>): string {
  const protocol = protocolById(state.params.protocol);
  const locals = c.locals.map((l, pid) => `p${pid + 1}: ${protocol.facts(l).map(([k, v]) => `${k} ${v}`).join(", ")}${protocol.decision(l) === null ? "" : `, decided ${protocol.decision(l)}`}`);
  const buffer = c.buffer.map((m) => `${protocol.label(m.body)} p${m.from + 1}→p${m.to + 1}`);
  return `${locals.join("; ")} | buffer: ${buffer.length ? buffer.join(", ") : "empty"}`;
}

export function commutationExample(state: FlpState): CommutationExample | null {
  const protocol = protocolById(state.params.protocol);
  const keyOf = (id: number | null) => (id === null ? null : (state.messages.find((m) => m.id === id)?.key ?? null));
  let c = initialConfiguration(protocol, state.inputs);
  const steps = state.run.filter((e) => e.kind === "step");
  for (let i = 0; i + 1 < steps.length; i++) {
    const [a, b] = [steps[i], steps[i + 1]];
    const e1: Step = { pid: a.pid, message: keyOf(a.messageId) };
    const e2: Step = { pid: b.pid, message: keyOf(b.messageId) };
    const ready = e2.message === null || c.buffer.some((m) => m.to === e2.pid && messageKey(m) === e2.message);
    if (a.pid !== b.pid && ready) {
      const inOrder = applyStep(protocol, applyStep(protocol, c, e1), e2);
      const swapped = applyStep(protocol, applyStep(protocol, c, e2), e1);
      const [first, second] = describeSchedule(protocol, c, [e1, e2]);
      return { at: i, first, second, inOrder: summary(state, inOrder), swapped: summary(state, swapped), same: configurationKey(inOrder) === configurationKey(swapped) };
    }
    c = applyStep(protocol, c, e1);
  }
  return null;
}
