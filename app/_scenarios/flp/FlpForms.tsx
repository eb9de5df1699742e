"use client";
/** Starting FLP: the scheduler's game, or the Lemma 1 puzzle. */
import type { StartFormProps } from "@/app/_scenarios/playUi";
import { Card } from "@/app/_start/FormBits";

const PROCESSES = { p1: { kind: "bot", strategy: "protocol" }, p2: { kind: "bot", strategy: "protocol" }, p3: { kind: "bot", strategy: "protocol" } } as const;

export function FlpSchedulerForm({ busy, onStart }: StartFormProps) {
  return (
    <Card title="Be the scheduler">
      <button type="button" disabled={busy} className="btn-primary" onClick={() => onStart({ scenario: "flp", params: { mode: "scheduler" }, seat: "adversary", others: { ...PROCESSES }, tickMs: 1000 })}>
        Start
      </button>
    </Card>
  );
}

export function FlpPuzzleForm({ busy, onStart }: StartFormProps) {
  return (
    <Card title="Lemma 1 puzzle">
      <button type="button" disabled={busy} className="btn-primary" onClick={() => onStart({ scenario: "flp", params: { mode: "puzzle" }, seat: "adversary", others: {}, tickMs: 1000 })}>
        Start the puzzle
      </button>
    </Card>
  );
}
