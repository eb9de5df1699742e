"use client";
/** Starting FLP: be the scheduler, watch the proof's adversary schedule, or solve the Lemma 1 puzzle. */
import { useState } from "react";
import { FLP_PROTOCOL_WORDS } from "@/server/engine/flp/protocolWords";
import { FLP_STRATEGY_DESCRIPTIONS } from "@/server/engine/flp/strategies";
import { FLP_PROTOCOL_IDS, SCHEDULER_SEAT, processSeat, type FlpProtocolId } from "@/server/engine/flp/terms";
import type { StartFormProps } from "@/app/_scenarios/playUi";
import { Card, Checkbox, PracticeSeed, practiceSeedField, Select } from "@/app/_start/FormBits";

const N = 3;
const PROTOCOL_BOT = { kind: "bot", strategy: "protocol" } as const;
const processBots = () => Object.fromEntries(Array.from({ length: N }, (_, pid) => [processSeat(pid), PROTOCOL_BOT]));

const TARGETS = [15, 30, 60] as const;
const BOUNDS = [4, 6, 10] as const;
const HINT_COSTS = [0, 2, 5] as const;
const PACES = [
  { label: "Slow (2 s a step)", ms: 2000 },
  { label: "Normal (1 s a step)", ms: 1000 },
  { label: "Quick (0.4 s a step)", ms: 400 },
] as const;

/** The protocol menu with its two sentences under it. */
function ProtocolField({ value, onChange }: { value: FlpProtocolId; onChange: (id: FlpProtocolId) => void }) {
  return (
    <>
      <Select<FlpProtocolId> label="Protocol" value={value} onChange={onChange} options={FLP_PROTOCOL_IDS.map((id) => ({ value: id, label: FLP_PROTOCOL_WORDS[id].title }))} />
      <p className="text-xs text-slate-600 -mt-2 leading-relaxed">{FLP_PROTOCOL_WORDS[value].summary}</p>
    </>
  );
}

export function FlpSchedulerForm({ busy, onStart, errorId }: StartFormProps) {
  const [protocol, setProtocol] = useState<FlpProtocolId>("majority-lock");
  const [target, setTarget] = useState(30);
  const [bound, setBound] = useState(6);
  const [crash, setCrash] = useState(true);
  const [hintCost, setHintCost] = useState(2);
  const [seed, setSeed] = useState("");
  return (
    <Card title="Be the scheduler">
      <p className="text-sm text-slate-600 -mt-1">
        You choose every step: who moves and which envelope it receives. Keep both decisions reachable for {target} steps, fairly.
      </p>
      <ProtocolField value={protocol} onChange={setProtocol} />
      <Select<number> label="Keep it bivalent for" value={target} onChange={setTarget} options={TARGETS.map((t) => ({ value: t, label: `${t} steps` }))} />
      <Select<number>
        label="Fairness bound"
        value={bound}
        onChange={setBound}
        options={BOUNDS.map((b) => ({ value: b, label: `${b} steps` }))}
      />
      <p className="text-xs text-slate-600 -mt-2">No process and no message waits longer than that: the server refuses a step that would break the rule.</p>
      <Select<number> label="Hint cost" value={hintCost} onChange={setHintCost} options={HINT_COSTS.map((c) => ({ value: c, label: c === 0 ? "Free hints" : `${c} points a hint` }))} />
      <Checkbox label="Allow one crash" hint="You may crash one process once: it takes no more steps, and nothing is owed to it." checked={crash} onChange={setCrash} />
      <PracticeSeed value={seed} onChange={setSeed} />
      <button
        aria-describedby={errorId}
        type="button"
        disabled={busy}
        className="btn-primary"
        onClick={() => onStart({ scenario: "flp", params: { mode: "scheduler", protocol, target, bound, crash, hintCost }, seat: SCHEDULER_SEAT, others: processBots(), tickMs: 1000, ...practiceSeedField(seed) })}
      >
        Start scheduling
      </button>
    </Card>
  );
}

export function FlpWatchForm({ busy, onStart, errorId }: StartFormProps) {
  const [protocol, setProtocol] = useState<FlpProtocolId>("majority-lock");
  const [tickMs, setTickMs] = useState(1000);
  return (
    <Card title="Watch the proof's adversary">
      <p className="text-sm text-slate-600 -mt-1">{FLP_STRATEGY_DESCRIPTIONS.proof}</p>
      <ProtocolField value={protocol} onChange={setProtocol} />
      <Select<number> label="Pace" value={tickMs} onChange={setTickMs} options={PACES.map((p) => ({ value: p.ms, label: p.label }))} />
      <button
        aria-describedby={errorId}
        type="button"
        disabled={busy}
        className="btn-secondary"
        onClick={() => onStart({ scenario: "flp", params: { mode: "scheduler", protocol, watch: true }, seat: SCHEDULER_SEAT, others: processBots(), tickMs })}
      >
        Watch it schedule
      </button>
    </Card>
  );
}

export function FlpPuzzleForm({ busy, onStart, errorId }: StartFormProps) {
  const [protocol, setProtocol] = useState<FlpProtocolId>("majority-lock");
  const [seed, setSeed] = useState("");
  return (
    <Card title="Lemma 1 puzzle">
      <p className="text-sm text-slate-600 -mt-1">
        I<sub>0</sub>, I<sub>1</sub>, I<sub>2</sub>, I<sub>3</sub>: the initial configurations in which one more process starts with 1 each time. Which are 0-valent, 1-valent, bivalent?
      </p>
      <ProtocolField value={protocol} onChange={setProtocol} />
      <PracticeSeed value={seed} onChange={setSeed} />
      <button
        aria-describedby={errorId}
        type="button"
        disabled={busy}
        className="btn-secondary"
        onClick={() => onStart({ scenario: "flp", params: { mode: "puzzle", protocol }, seat: SCHEDULER_SEAT, others: {}, tickMs: 1000, ...practiceSeedField(seed) })}
      >
        Start the puzzle
      </button>
    </Card>
  );
}
