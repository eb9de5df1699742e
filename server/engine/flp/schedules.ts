/** Schedules in words: each step's process and the message it takes (null for λ), for screens and traces. */
import { applyStep, messageKey, type Configuration, type Protocol, type Step } from "./model";

export interface DescribedStep {
  pid: number;
  /** e.g. "lock 0 from p2"; null for λ. */
  label: string | null;
}

export function describeMessage<L, B>(protocol: Protocol<L, B>, c: Configuration<L, B>, key: string): string | null {
  const m = c.buffer.find((b) => messageKey(b) === key);
  return m ? `${protocol.label(m.body)} from p${m.from + 1}` : null;
}

/** The schedule from `root`, step by step in words. */
export function describeSchedule<L, B>(protocol: Protocol<L, B>, root: Configuration<L, B>, steps: readonly Step[]): DescribedStep[] {
  let c = root;
  return steps.map((s) => {
    const label = s.message === null ? null : describeMessage(protocol, c, s.message);
    c = applyStep(protocol, c, s);
    return { pid: s.pid, label };
  });
}
