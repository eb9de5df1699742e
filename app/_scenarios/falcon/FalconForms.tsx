"use client";
/** Starting Falcon: be the operator against a chaos bot, or chaos against the Falcon bot, with the fault kinds allowed. */
import { useState } from "react";
import type { StartFormProps } from "@/app/_scenarios/playUi";
import { Card, Checkbox, Select } from "@/app/_start/FormBits";
import { CHAOS_STRATEGIES, OPERATOR_STRATEGIES } from "@/server/engine/falcon/strategies";
import { FAULT_KINDS, type FaultKind } from "@/server/engine/falcon/types";

/** The room's real pace: one simulated 100 ms tick every 100 ms, so a minute's game lasts a minute. */
export const FALCON_TICK_MS = 100;

const LENGTHS = [
  { value: 10_000, label: "10 s (a quick look)" },
  { value: 30_000, label: "30 s" },
  { value: 60_000, label: "1 minute" },
  { value: 120_000, label: "2 minutes" },
];

const KIND_WORDS: Record<FaultKind, string> = { crash: "crash", hang: "hang", panic: "kernel panic", vmStop: "VM stop", partition: "partition", slow: "slowness" };

function Kinds({ kinds, onChange }: { kinds: FaultKind[]; onChange: (k: FaultKind[]) => void }) {
  return (
    <fieldset className="grid grid-cols-2 gap-1">
      <legend className="text-sm font-medium">Faults allowed</legend>
      {FAULT_KINDS.map((k) => (
        <Checkbox key={k} label={KIND_WORDS[k]} checked={kinds.includes(k)} onChange={(on) => onChange(on ? [...kinds, k] : kinds.filter((x) => x !== k))} />
      ))}
    </fieldset>
  );
}

export function FalconOperatorForm({ busy, onStart, errorId }: StartFormProps) {
  const [lengthMs, setLength] = useState(60_000);
  const [chaosBot, setBot] = useState<string>("random");
  const [kinds, setKinds] = useState<FaultKind[]>([...FAULT_KINDS]);
  return (
    <Card title="Be the operator">
      <p className="text-sm text-slate-600 -mt-1">Watch the heartbeats, set your timeout, ask the spies, kill or declare. A chaos bot injects the faults.</p>
      <Select<number> label="Length" value={lengthMs} onChange={setLength} options={LENGTHS} />
      <Select<string> label="Chaos" value={chaosBot} onChange={setBot} options={CHAOS_STRATEGIES.map((s) => ({ value: s, label: s }))} />
      <Kinds kinds={kinds} onChange={setKinds} />
      <button
        type="button"
        aria-describedby={errorId}
        disabled={busy || kinds.length === 0}
        className="btn-primary"
        data-testid="falcon-start-operator"
        onClick={() => onStart({ scenario: "falcon", params: { lengthMs, chaosPlays: true, kinds }, seat: "operator", others: { chaos: { kind: "bot", strategy: chaosBot } }, tickMs: FALCON_TICK_MS })}
      >
        Start as the operator
      </button>
    </Card>
  );
}

export function FalconChaosForm({ busy, onStart, errorId }: StartFormProps) {
  const [lengthMs, setLength] = useState(60_000);
  const [kinds, setKinds] = useState<FaultKind[]>([...FAULT_KINDS]);
  const [operator, setOperator] = useState<string>("falcon");
  return (
    <Card title="Be chaos">
      <p className="text-sm text-slate-600 -mt-1">Inject up to 4 faults: pause the app, cut the network, or really break it. Fool the detector into declaring a live process failed, or into catching a real failure late.</p>
      <Select<number> label="Length" value={lengthMs} onChange={setLength} options={LENGTHS} />
      <Select<string> label="Detector" value={operator} onChange={setOperator} options={OPERATOR_STRATEGIES.map((s) => ({ value: s, label: s }))} />
      <Kinds kinds={kinds} onChange={setKinds} />
      <button
        type="button"
        aria-describedby={errorId}
        disabled={busy || kinds.length === 0}
        className="btn-primary"
        data-testid="falcon-start-chaos"
        onClick={() => onStart({ scenario: "falcon", params: { lengthMs, chaosPlays: true, kinds }, seat: "chaos", others: { operator: { kind: "bot", strategy: operator } }, tickMs: FALCON_TICK_MS })}
      >
        Start as chaos
      </button>
    </Card>
  );
}
