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

/** What sets one start card apart: the seat it starts in, and the other seat's bots. */
interface StartCardProps extends StartFormProps {
  title: string;
  blurb: string;
  seat: "operator" | "chaos";
  other: { seat: "operator" | "chaos"; label: string; strategies: readonly string[]; initial: string };
  button: string;
  testId: string;
}

/** A start card: the game's length, the bot in the other seat, the fault kinds allowed, and the start button. */
function StartCard({ busy, onStart, errorId, title, blurb, seat, other, button, testId }: StartCardProps) {
  const [lengthMs, setLength] = useState(60_000);
  const [bot, setBot] = useState<string>(other.initial);
  const [kinds, setKinds] = useState<FaultKind[]>([...FAULT_KINDS]);
  return (
    <Card title={title}>
      <p className="text-sm text-slate-600 -mt-1">{blurb}</p>
      <Select<number> label="Length" value={lengthMs} onChange={setLength} options={LENGTHS} />
      <Select<string> label={other.label} value={bot} onChange={setBot} options={other.strategies.map((s) => ({ value: s, label: s }))} />
      <Kinds kinds={kinds} onChange={setKinds} />
      <button
        type="button"
        aria-describedby={errorId}
        disabled={busy || kinds.length === 0}
        className="btn-primary"
        data-testid={testId}
        onClick={() => onStart({ scenario: "falcon", params: { lengthMs, chaosPlays: true, kinds }, seat, others: { [other.seat]: { kind: "bot", strategy: bot } }, tickMs: FALCON_TICK_MS })}
      >
        {button}
      </button>
    </Card>
  );
}

/** The two cards' words and seats. */
const CARDS: Record<"operator" | "chaos", Omit<StartCardProps, keyof StartFormProps>> = {
  operator: {
    title: "Be the operator",
    blurb: "Watch the heartbeats, set your timeout, ask the spies, kill or declare. A chaos bot injects the faults.",
    seat: "operator",
    other: { seat: "chaos", label: "Chaos", strategies: CHAOS_STRATEGIES, initial: "random" },
    button: "Start as the operator",
    testId: "falcon-start-operator",
  },
  chaos: {
    title: "Be chaos",
    blurb: "Inject up to 4 faults: pause the app, cut the network, or really break it. Fool the detector into declaring a live process failed, or into catching a real failure late.",
    seat: "chaos",
    other: { seat: "operator", label: "Detector", strategies: OPERATOR_STRATEGIES, initial: "falcon" },
    button: "Start as chaos",
    testId: "falcon-start-chaos",
  },
};

export const FalconOperatorForm = (props: StartFormProps) => <StartCard {...props} {...CARDS.operator} />;
export const FalconChaosForm = (props: StartFormProps) => <StartCard {...props} {...CARDS.chaos} />;
