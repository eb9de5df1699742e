"use client";
/** Starting a Two Insecure Lovers night: against a bot, or for a friend. */
import { useState } from "react";
import { LOVERS_STRATEGIES, LOVERS_STRATEGY_DESCRIPTIONS, type LoversStrategy } from "@/server/engine/lovers/strategies";
import type { StartFormProps } from "@/app/_scenarios/playUi";
import { Card, PracticeSeed, practiceSeedField, Select } from "@/app/_start/FormBits";

type Lover = "alice" | "bob";

/** The real length of one game hour. */
const HOUR_LENGTHS = [
  { label: "Relaxed (3 s an hour)", ms: 3000 },
  { label: "Normal (1.5 s an hour)", ms: 1500 },
  { label: "Quick (0.5 s an hour)", ms: 500 },
] as const;

/** The network: an announced loss probability, or the lucky night (told 30%, loses nothing). */
const NIGHTS = [
  { value: "0.1", label: "Good signal (10% lost)", params: { lossProbability: 0.1 } },
  { value: "0.3", label: "Patchy (30% lost)", params: { lossProbability: 0.3 } },
  { value: "0.5", label: "Awful (50% lost)", params: { lossProbability: 0.5 } },
  { value: "lucky", label: "Lucky night (you are told 30%)", params: { lossProbability: 0.3, luckyNight: true } },
] as const;

function NightFields({ night, setNight, hourMs, setHourMs }: { night: string; setNight: (v: string) => void; hourMs: number; setHourMs: (v: number) => void }) {
  return (
    <>
      <Select<string> label="The network tonight" value={night} onChange={setNight} options={NIGHTS.map((n) => ({ value: n.value, label: n.label }))} />
      <Select<number> label="Pace" value={hourMs} onChange={setHourMs} options={HOUR_LENGTHS.map((h) => ({ value: h.ms, label: h.label }))} />
    </>
  );
}

const paramsOf = (night: string) => NIGHTS.find((n) => n.value === night)?.params ?? NIGHTS[1].params;

export function LoversVersusBot({ busy, onStart, errorId }: StartFormProps) {
  const [seat, setSeat] = useState<Lover>("alice");
  const [strategy, setStrategy] = useState<LoversStrategy>("acknowledged");
  const [night, setNight] = useState<string>("0.3");
  const [hourMs, setHourMs] = useState<number>(1500);
  const [seed, setSeed] = useState("");
  const other = seat === "alice" ? "bob" : "alice";
  return (
    <Card title="Play vs bot">
      <Select<Lover>
        label="You are"
        value={seat}
        onChange={setSeat}
        options={[
          { value: "alice", label: "Alice: you want a date" },
          { value: "bob", label: "Bob: you wait for her text" },
        ]}
      />
      <Select<LoversStrategy> label={`${other === "bob" ? "Bob" : "Alice"} plays`} value={strategy} onChange={setStrategy} options={LOVERS_STRATEGIES.map((s) => ({ value: s, label: s }))} />
      <p className="text-xs text-slate-500 -mt-2">{LOVERS_STRATEGY_DESCRIPTIONS[strategy]}</p>
      <NightFields night={night} setNight={setNight} hourMs={hourMs} setHourMs={setHourMs} />
      <PracticeSeed value={seed} onChange={setSeed} />
      <button aria-describedby={errorId}
        type="button"
        disabled={busy}
        className="btn-primary"
        onClick={() => onStart({ scenario: "lovers", params: paramsOf(night), seat, others: { [other]: { kind: "bot", strategy } }, tickMs: hourMs, ...practiceSeedField(seed) })}
      >
        Start the night
      </button>
    </Card>
  );
}

export function LoversWithFriend({ busy, onStart, errorId }: StartFormProps) {
  const [seat, setSeat] = useState<Lover>("alice");
  const [night, setNight] = useState<string>("0.3");
  const [hourMs, setHourMs] = useState<number>(1500);
  return (
    <Card title="Play with a friend">
      <p className="text-sm text-slate-600">Start a night, then send your friend the link or the six-character code.</p>
      <Select<Lover>
        label="You are"
        value={seat}
        onChange={setSeat}
        options={[
          { value: "alice", label: "Alice (your friend is Bob)" },
          { value: "bob", label: "Bob (your friend is Alice)" },
        ]}
      />
      <NightFields night={night} setNight={setNight} hourMs={hourMs} setHourMs={setHourMs} />
      <button aria-describedby={errorId}
        type="button"
        disabled={busy}
        className="btn-primary"
        onClick={() => onStart({ scenario: "lovers", params: paramsOf(night), seat, others: { [seat === "alice" ? "bob" : "alice"]: { kind: "human" } }, tickMs: hourMs })}
      >
        Create a night for a friend
      </button>
    </Card>
  );
}
