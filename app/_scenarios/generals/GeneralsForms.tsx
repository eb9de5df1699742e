"use client";
/** Starting a Two Generals game: against bots, or for a friend. */
import { useState } from "react";
import { GENERAL_STRATEGIES, STRATEGY_DESCRIPTIONS, type GeneralStrategy } from "@/server/engine/generals/strategies";
import type { CreateGamePayload } from "@/server/protocol/schemas";
import type { StartFormProps } from "@/app/_scenarios/playUi";
import { Card, PracticeSeed, practiceSeedField, Select } from "@/app/_start/FormBits";
import { GANGSTER_STRATEGY_WORDS, tellingOf } from "./telling";

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

type Role = "A" | "B" | "enemy";

export const PACES = [
  { label: "Relaxed (1.5 s a tick)", ms: 1500 },
  { label: "Normal (1 s a tick)", ms: 1000 },
  { label: "Quick (0.4 s a tick)", ms: 400 },
] as const;

/** The same chances in the gangsters' words. */
const GANG_FOG = ["Quiet streets (10% picked up)", "Patrols (20%)", "Busy night (30%)", "Crackdown (50%)"];
const fogOptions = (skin: StartFormProps["skin"]) => FOG.map((f, i) => ({ value: f.p, label: skin ? GANG_FOG[i] : f.label }));

const FOG = [
  { label: "Clear (10% captured)", p: 0.1 },
  { label: "Misty (20%)", p: 0.2 },
  { label: "Foggy (30%)", p: 0.3 },
  { label: "Thick fog (50%)", p: 0.5 },
] as const;

export function GeneralsVersusBot({ busy, onStart, errorId, skin }: StartFormProps) {
  const t = tellingOf(skin);
  const told = skin ? { skin } : {};
  const [role, setRole] = useState<Role>("A");
  const [strategy, setStrategy] = useState<GeneralStrategy>("acknowledged");
  const [valley, setValley] = useState<number | "enemy">(0.2);
  const [tickMs, setTickMs] = useState<number>(1000);
  const [seed, setSeed] = useState("");

  function start() {
    const bot = { kind: "bot" as const, strategy };
    if (role === "enemy") {
      onStart({ scenario: "generals", params: { enemy: "human" }, seat: "enemy", others: { A: bot, B: bot }, tickMs, ...practiceSeedField(seed), ...told });
      return;
    }
    const other = role === "A" ? "B" : "A";
    const others: CreateGamePayload["others"] = { [other]: bot };
    const params = valley === "enemy" ? { enemy: "bot" } : { captureProbability: valley };
    if (valley === "enemy") others.enemy = { kind: "bot", strategy: "adversarial" };
    onStart({ scenario: "generals", params, seat: role, others, tickMs, ...practiceSeedField(seed), ...told });
  }

  return (
    <Card title="Play vs bot">
      <Select<Role>
        label="You are"
        value={role}
        onChange={setRole}
        options={[
          { value: "A", label: `${t.party("A")}: you hold ${t.plan}` },
          { value: "B", label: `${t.party("B")}: you wait for ${t.plan}` },
          { value: "enemy", label: `${t.Enemy}: ${t.capture.toLowerCase()} ${t.messenger}s` },
        ]}
      />
      <Select<GeneralStrategy>
        label={role === "enemy" ? `Both ${skin ? "bosses" : "generals"} play` : `The other ${skin ? "boss" : "general"} plays`}
        value={strategy}
        onChange={setStrategy}
        options={GENERAL_STRATEGIES.map((s) => ({ value: s, label: s }))}
      />
      <p className="text-xs text-slate-500 -mt-2">{(skin && GANGSTER_STRATEGY_WORDS[strategy]) || STRATEGY_DESCRIPTIONS[strategy]}</p>
      {role !== "enemy" && (
        <Select<number | "enemy">
          label={capitalise(t.valley)}
          value={valley}
          onChange={setValley}
          options={[...fogOptions(skin), { value: "enemy" as const, label: skin ? "A police bot that reads and picks up" : "An Enemy bot that reads and captures" }]}
        />
      )}
      <Select<number> label="Pace" value={tickMs} onChange={setTickMs} options={PACES.map((p) => ({ value: p.ms, label: p.label }))} />
      <PracticeSeed value={seed} onChange={setSeed} />
      <button aria-describedby={errorId} type="button" disabled={busy} onClick={start} className="btn-primary">
        Start vs bot
      </button>
    </Card>
  );
}

export function GeneralsWithFriend({ busy, onStart, errorId, skin }: StartFormProps) {
  const t = tellingOf(skin);
  const [role, setRole] = useState<"A" | "B">("A");
  const [fog, setFog] = useState<number>(0.2);
  const [tickMs, setTickMs] = useState<number>(1000);
  return (
    <Card title="Play with a friend">
      <p className="text-sm text-slate-600">Start a game, then send your friend the link or the six-character code.</p>
      <Select<"A" | "B">
        label="You are"
        value={role}
        onChange={setRole}
        options={[
          { value: "A", label: `${t.party("A")} (your friend is B)` },
          { value: "B", label: `${t.party("B")} (your friend is A)` },
        ]}
      />
      <Select<number> label={capitalise(t.valley)} value={fog} onChange={setFog} options={fogOptions(skin)} />
      <Select<number> label="Pace" value={tickMs} onChange={setTickMs} options={PACES.map((p) => ({ value: p.ms, label: p.label }))} />
      <button aria-describedby={errorId}
        type="button"
        disabled={busy}
        className="btn-primary"
        onClick={() =>
          onStart({ scenario: "generals", params: { captureProbability: fog }, seat: role, others: { [role === "A" ? "B" : "A"]: { kind: "human" } }, tickMs, ...(skin ? { skin } : {}) })
        }
      >
        Create a game for a friend
      </button>
    </Card>
  );
}

