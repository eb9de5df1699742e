/**
 * The scheduler's fairness rule (issue 14, "The scheduler"): every live process keeps taking
 * steps and every message to a live process is delivered, within a bound the server enforces.
 *
 * Obligations: each live process owes a step, and each message in the buffer for a live process
 * owes its delivery. An obligation's age is the number of steps since it arose (the process's last
 * step, the message's sending). Once some obligation is `bound` steps old it is overdue, and the
 * next step must serve the oldest overdue one (ties: the process first, by index, then the
 * message by key). One step can always do that, so the rule never traps the scheduler, and every
 * obligation is served: a run that keeps the rule is fair. A crashed process owes nothing, and
 * nothing is owed to it.
 */
import { messageKey, type Configuration, type Step } from "./model";

export interface FairnessClock {
  /** Steps taken so far. */
  steps: number;
  /** Per process: the step count at its last step (0 before its first). */
  lastStep: number[];
  /** Per message key in the buffer: the step count when it was sent. */
  sentAt: Record<string, number>;
  /** The process that has crashed (takes no more steps), if any. */
  crashed: number | null;
}

export type Obligation = { kind: "step"; pid: number; since: number } | { kind: "deliver"; pid: number; message: string; since: number };

export function startClock(n: number): FairnessClock {
  return { steps: 0, lastStep: Array.from({ length: n }, () => 0), sentAt: {}, crashed: null };
}

/** The obligations now owed, oldest first. */
export function obligations<Local, Body>(c: Configuration<Local, Body>, clock: FairnessClock): Obligation[] {
  const out: Obligation[] = [];
  clock.lastStep.forEach((since, pid) => {
    if (pid !== clock.crashed) out.push({ kind: "step", pid, since });
  });
  for (const m of c.buffer) {
    if (m.to === clock.crashed) continue;
    const key = messageKey(m);
    out.push({ kind: "deliver", pid: m.to, message: key, since: clock.sentAt[key] ?? 0 });
  }
  const order = (o: Obligation) => [o.since, o.kind === "step" ? 0 : 1, o.pid] as const;
  return out.sort((a, b) => {
    const [x, y] = [order(a), order(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2] || (a.kind === "deliver" && b.kind === "deliver" ? (a.message < b.message ? -1 : a.message > b.message ? 1 : 0) : 0);
  });
}

/** The obligation the next step must serve, or null while none is overdue. */
export function overdue<Local, Body>(c: Configuration<Local, Body>, clock: FairnessClock, bound: number): Obligation | null {
  const oldest = obligations(c, clock)[0];
  return oldest && clock.steps - oldest.since >= bound ? oldest : null;
}

export function serves(step: Step, obligation: Obligation): boolean {
  return obligation.kind === "step" ? step.pid === obligation.pid : step.pid === obligation.pid && step.message === obligation.message;
}

/** Why this step would break the rule, or null when it keeps it. */
export function fairnessRefusal<Local, Body>(c: Configuration<Local, Body>, clock: FairnessClock, bound: number, step: Step): string | null {
  if (step.pid === clock.crashed) return `p${step.pid + 1} has crashed: it takes no more steps`;
  const due = overdue(c, clock, bound);
  if (!due || serves(step, due)) return null;
  const age = clock.steps - due.since;
  return due.kind === "step"
    ? `Fairness: p${due.pid + 1} has not taken a step for ${age} steps; it must take the next one`
    : `Fairness: a message for p${due.pid + 1} has waited ${age} steps; it must be delivered next`;
}

/** The clock after `step` took C to `next` (new messages start their wait now). */
export function advanceClock<Local, Body>(clock: FairnessClock, step: Step, next: Configuration<Local, Body>): FairnessClock {
  const steps = clock.steps + 1;
  const lastStep = clock.lastStep.slice();
  lastStep[step.pid] = steps;
  const sentAt: Record<string, number> = {};
  for (const m of next.buffer) {
    const key = messageKey(m);
    sentAt[key] = clock.sentAt[key] ?? steps;
  }
  return { ...clock, steps, lastStep, sentAt };
}
