"use client";
/** Starting weaker agreement: be the adversary against bot processes, or watch a bot adversary do it; either problem. */
import { useState } from "react";
import type { StartFormProps } from "@/app/_scenarios/playUi";
import { Card, Select } from "@/app/_start/FormBits";
import { botProcesses, PaceSelect, StartButton } from "../_adversary/StartBits";
import { processSeat } from "@/server/engine/weaker/terms";

const SETTINGS = {
  wall: { label: "k-set with k = 1 (consensus), 3 processes, 1 crash", params: { problem: "kset", n: 3, k: 1, f: 1 } },
  two: { label: "2-set, 4 processes, 1 crash", params: { problem: "kset", n: 4, k: 2, f: 1 } },
  epsilon: { label: "ε-agreement, ε = 10 over 0–100, 3 processes, 1 crash", params: { problem: "epsilon", n: 3, f: 1, epsilon: 10, lo: 0, hi: 100 } },
} as const;
type Setting = keyof typeof SETTINGS;
const OPTIONS = (Object.keys(SETTINGS) as Setting[]).map((value) => ({ value, label: SETTINGS[value].label }));

const processes = (n: number) => botProcesses(n, processSeat);

export function WeakerAdversaryForm({ busy, onStart, errorId }: StartFormProps) {
  const [setting, setSetting] = useState<Setting>("two");
  const { params } = SETTINGS[setting];
  return (
    <Card title="Be the adversary">
      <p className="text-sm text-slate-600 -mt-1">Every process is a bot running the protocol. Deliver the messages in the order you like, let the chosen processes send, crash some: push the decisions apart, or stop them.</p>
      <Select<Setting> label="Problem" value={setting} onChange={setSetting} options={OPTIONS} />
      <StartButton busy={busy} errorId={errorId} onClick={() => onStart({ scenario: "weaker", params: { ...params }, seat: "adversary", others: processes(params.n), tickMs: 1000 })}>
        Start as the adversary
      </StartButton>
    </Card>
  );
}

export function WeakerWatchForm({ busy, onStart, errorId }: StartFormProps) {
  const [setting, setSetting] = useState<Setting>("epsilon");
  const [tickMs, setTickMs] = useState(400);
  const { params } = SETTINGS[setting];
  const bot = params.problem === "epsilon" ? "spreader" : "blocker";
  return (
    <Card title="Watch a bot adversary">
      <p className="text-sm text-slate-600 -mt-1">The blocker (k-set) or the spreader (ε) schedules, one move a tick. Watch the spread halve, or the wall go up when k = 1.</p>
      <Select<Setting> label="Problem to watch" value={setting} onChange={setSetting} options={OPTIONS} />
      <PaceSelect value={tickMs} onChange={setTickMs} />
      <StartButton busy={busy} errorId={errorId} onClick={() => onStart({ scenario: "weaker", params: { ...params, watch: true, bot, maxTicks: 3600 }, seat: "adversary", others: processes(params.n), tickMs })}>
        Watch the {bot}
      </StartButton>
    </Card>
  );
}
