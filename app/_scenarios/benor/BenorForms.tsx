"use client";
/** Starting Ben-Or: be the adversary against bot processes, or watch the splitter bot do it. */
import { useState } from "react";
import type { StartFormProps } from "@/app/_scenarios/playUi";
import type { CreateGamePayload } from "@/server/protocol/schemas";
import { Card, PracticeSeed, practiceSeedField, Select } from "@/app/_start/FormBits";
import { processSeat } from "@/server/engine/benor/terms";

const SIZES = [
  { value: 3, label: "3 processes, up to 1 crash" },
  { value: 5, label: "5 processes, up to 1 crash" },
];

const PACES = [
  { label: "Relaxed (2 s a tick)", ms: 2000 },
  { label: "Normal (1 s a tick)", ms: 1000 },
  { label: "Quick (0.4 s a tick)", ms: 400 },
] as const;

function botProcesses(n: number): CreateGamePayload["others"] {
  const others: CreateGamePayload["others"] = {};
  for (let pid = 0; pid < n; pid++) others[processSeat(pid)] = { kind: "bot", strategy: "protocol" };
  return others;
}

/** One crash at either size: with five processes and two crashes the splitter holds out for 16 rounds on average (bench/benOrRounds.ts). */
const crashesFor = (_n: number) => 1;

export function BenorAdversaryForm({ busy, onStart, errorId }: StartFormProps) {
  const [n, setN] = useState(3);
  const [seed, setSeed] = useState("");
  return (
    <Card title="Be the Ben-Or adversary">
      <p className="text-sm text-slate-600 -mt-1">Every process is a bot running Ben-Or. Deliver the messages in the order you like and crash processes: hold the decision off.</p>
      <Select<number> label="Processes" value={n} onChange={setN} options={SIZES} />
      <PracticeSeed value={seed} onChange={setSeed} />
      <button
        type="button"
        aria-describedby={errorId}
        disabled={busy}
        className="btn-primary"
        onClick={() => onStart({ scenario: "benor", params: { n, f: crashesFor(n) }, seat: "adversary", others: botProcesses(n), tickMs: 1000, ...practiceSeedField(seed) })}
      >
        Start as the adversary
      </button>
    </Card>
  );
}

export function BenorWatchForm({ busy, onStart, errorId }: StartFormProps) {
  const [n, setN] = useState(3);
  const [tickMs, setTickMs] = useState(400);
  return (
    <Card title="Watch the splitter">
      <p className="text-sm text-slate-600 -mt-1">The splitter bot schedules, one message a tick, trying to keep the processes split. Watch the coins undo it.</p>
      <Select<number> label="Processes" value={n} onChange={setN} options={SIZES} />
      <Select<number> label="Pace" value={tickMs} onChange={setTickMs} options={PACES.map((p) => ({ value: p.ms, label: p.label }))} />
      <button
        type="button"
        aria-describedby={errorId}
        disabled={busy}
        className="btn-primary"
        onClick={() => onStart({ scenario: "benor", params: { n, f: crashesFor(n), watch: true, bot: "splitter", maxTicks: 3600 }, seat: "adversary", others: botProcesses(n), tickMs })}
      >
        Watch the splitter
      </button>
    </Card>
  );
}
