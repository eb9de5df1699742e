"use client";
/**
 * Start a game: your nickname, then play a bot, start a game for a friend, or join by code.
 * Every choice becomes a `game:create` or `game:join` request (docs/protocol.md).
 */
import { useId, useState } from "react";
import { GENERAL_STRATEGIES, STRATEGY_DESCRIPTIONS, type GeneralStrategy } from "@/server/engine/generals/bots";
import type { CreateGamePayload } from "@/server/protocol/schemas";
import { ErrorLine, NicknameField } from "./components/NicknameField";
import { useStartGame, type CreateRequest } from "./lib/useStartGame";

type Role = "A" | "B" | "enemy";

const PACES = [
  { label: "Relaxed (1.5 s a tick)", ms: 1500 },
  { label: "Normal (1 s a tick)", ms: 1000 },
  { label: "Quick (0.4 s a tick)", ms: 400 },
] as const;

const FOG = [
  { label: "Clear (10% captured)", p: 0.1 },
  { label: "Misty (20%)", p: 0.2 },
  { label: "Foggy (30%)", p: 0.3 },
  { label: "Thick fog (50%)", p: 0.5 },
] as const;

export function StartPanel() {
  const start = useStartGame();
  const codeId = useId();
  return (
    <section className="grid gap-4" aria-label="Start a game">
      <div className="card">
        <NicknameField value={start.nickname} onChange={start.setNickname} />
      </div>
      <ErrorLine error={start.error} />
      <VersusBot busy={start.busy} onStart={start.create} />
      <WithFriend busy={start.busy} onStart={start.create} />
      <JoinByCode busy={start.busy} onJoin={start.join} inputId={codeId} />
    </section>
  );
}

type StartFn = (payload: CreateRequest) => void;

function Card({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="card grid gap-3">
      <h2 className="text-lg font-semibold">{title}</h2>
      {children}
    </div>
  );
}

function Select<T extends string | number>({ label, value, options, onChange }: {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
}) {
  const id = useId();
  return (
    <div className="grid gap-1">
      <label htmlFor={id} className="text-sm font-medium">{label}</label>
      <select
        id={id}
        value={String(value)}
        onChange={(e) => onChange(options.find((o) => String(o.value) === e.target.value)!.value)}
        className="rounded-lg border border-slate-300 px-3 py-2 bg-white"
      >
        {options.map((o) => (
          <option key={String(o.value)} value={String(o.value)}>{o.label}</option>
        ))}
      </select>
    </div>
  );
}

function VersusBot({ busy, onStart }: { busy: boolean; onStart: StartFn }) {
  const [role, setRole] = useState<Role>("A");
  const [strategy, setStrategy] = useState<GeneralStrategy>("acknowledged");
  const [valley, setValley] = useState<number | "enemy">(0.2);
  const [tickMs, setTickMs] = useState<number>(1000);

  function start() {
    const bot = { kind: "bot" as const, strategy };
    if (role === "enemy") {
      onStart({ scenario: "generals", params: { enemy: "human" }, seat: "enemy", others: { A: bot, B: bot }, tickMs });
      return;
    }
    const other = role === "A" ? "B" : "A";
    const others: CreateGamePayload["others"] = { [other]: bot };
    const params = valley === "enemy" ? { enemy: "bot" } : { captureProbability: valley };
    if (valley === "enemy") others.enemy = { kind: "bot", strategy: "adversarial" };
    onStart({ scenario: "generals", params, seat: role, others, tickMs });
  }

  return (
    <Card title="Play vs bot">
      <Select<Role>
        label="You are"
        value={role}
        onChange={setRole}
        options={[
          { value: "A", label: "General A: you hold the plan" },
          { value: "B", label: "General B: you wait for the plan" },
          { value: "enemy", label: "The Enemy: capture messengers" },
        ]}
      />
      <Select<GeneralStrategy>
        label={role === "enemy" ? "Both generals play" : "The other general plays"}
        value={strategy}
        onChange={setStrategy}
        options={GENERAL_STRATEGIES.map((s) => ({ value: s, label: s }))}
      />
      <p className="text-xs text-slate-500 -mt-2">{STRATEGY_DESCRIPTIONS[strategy]}</p>
      {role !== "enemy" && (
        <Select<number | "enemy">
          label="The valley"
          value={valley}
          onChange={setValley}
          options={[...FOG.map((f) => ({ value: f.p, label: f.label })), { value: "enemy" as const, label: "An Enemy bot that reads and captures" }]}
        />
      )}
      <Select<number> label="Pace" value={tickMs} onChange={setTickMs} options={PACES.map((p) => ({ value: p.ms, label: p.label }))} />
      <button type="button" disabled={busy} onClick={start} className="btn-primary">
        Start vs bot
      </button>
    </Card>
  );
}

function WithFriend({ busy, onStart }: { busy: boolean; onStart: StartFn }) {
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
          { value: "A", label: "General A (your friend is B)" },
          { value: "B", label: "General B (your friend is A)" },
        ]}
      />
      <Select<number> label="The valley" value={fog} onChange={setFog} options={FOG.map((f) => ({ value: f.p, label: f.label }))} />
      <Select<number> label="Pace" value={tickMs} onChange={setTickMs} options={PACES.map((p) => ({ value: p.ms, label: p.label }))} />
      <button
        type="button"
        disabled={busy}
        className="btn-primary"
        onClick={() =>
          onStart({ scenario: "generals", params: { captureProbability: fog }, seat: role, others: { [role === "A" ? "B" : "A"]: { kind: "human" } }, tickMs })
        }
      >
        Create a game for a friend
      </button>
    </Card>
  );
}

function JoinByCode({ busy, onJoin, inputId }: { busy: boolean; onJoin: (code: string) => void; inputId: string }) {
  const [code, setCode] = useState("");
  return (
    <Card title="Join with a code">
      <form
        className="flex gap-2 items-end"
        onSubmit={(e) => {
          e.preventDefault();
          onJoin(code.trim().toUpperCase());
        }}
      >
        <div className="grid gap-1 flex-1">
          <label htmlFor={inputId} className="text-sm font-medium">Code</label>
          <input
            id={inputId}
            value={code}
            onChange={(e) => setCode(e.target.value)}
            maxLength={6}
            autoCapitalize="characters"
            placeholder="H7K2QX"
            className="rounded-lg border border-slate-300 px-3 py-2 font-mono uppercase tracking-widest"
          />
        </div>
        <button type="submit" disabled={busy || code.trim().length !== 6} className="btn-secondary">
          Join
        </button>
      </form>
    </Card>
  );
}
