/** The run so far, on the adversary's screen: step, tick, crashes left, then the scenario's own figures and the score (or the bot watched). */
import type { ReactNode } from "react";

interface Props {
  step: number;
  tick: number;
  maxTicks: number;
  crashesLeft: number;
  score: number;
  /** The bot watched, or null when the seat plays. */
  watching: string | null;
  /** Before the step: what is being played. */
  lead?: ReactNode;
  /** After the crashes: the scenario's own figures. */
  children?: ReactNode;
}

export function RunStatus({ step, tick, maxTicks, crashesLeft, score, watching, lead, children }: Props) {
  return (
    <section className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label="The run so far">
      {lead}
      <span>Step {step}</span>
      <span>
        Tick {tick} of {maxTicks}
      </span>
      <span>
        {crashesLeft} crash{crashesLeft === 1 ? "" : "es"} left
      </span>
      {children}
      {watching === null && <span>Score: {score}</span>}
      {watching !== null && <span className="font-semibold">Watching the {watching} bot</span>}
    </section>
  );
}
