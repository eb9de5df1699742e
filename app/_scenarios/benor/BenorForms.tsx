"use client";
/** Starting Ben-Or: be the adversary against bot processes, or watch the splitter bot do it. */
import { useState } from "react";
import type { StartFormProps } from "@/app/_scenarios/playUi";
import { Card, PracticeSeed, practiceSeedField, Select } from "@/app/_start/FormBits";
import { botProcesses, PaceSelect, StartButton } from "../_adversary/StartBits";
import { processSeat } from "@/server/engine/benor/terms";

const SIZES = [
  { value: 3, label: "3 processes, up to 1 crash" },
  { value: 5, label: "5 processes, up to 1 crash" },
];

const processes = (n: number) => botProcesses(n, processSeat);

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
      <StartButton busy={busy} errorId={errorId} onClick={() => onStart({ scenario: "benor", params: { n, f: crashesFor(n) }, seat: "adversary", others: processes(n), tickMs: 1000, ...practiceSeedField(seed) })}>
        Start as the adversary
      </StartButton>
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
      <PaceSelect value={tickMs} onChange={setTickMs} />
      <StartButton busy={busy} errorId={errorId} onClick={() => onStart({ scenario: "benor", params: { n, f: crashesFor(n), watch: true, bot: "splitter", maxTicks: 3600 }, seat: "adversary", others: processes(n), tickMs })}>
        Watch the splitter
      </StartButton>
    </Card>
  );
}
