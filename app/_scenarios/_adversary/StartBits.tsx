/**
 * What the start forms of the adversary-network scenarios share: every process a bot running the
 * protocol, a pace for watched games, and the start button.
 */
import type { ReactNode } from "react";
import { Select } from "@/app/_start/FormBits";
import type { CreateGamePayload } from "@/server/protocol/schemas";

const PACES = [
  { label: "Relaxed (2 s a tick)", ms: 2000 },
  { label: "Normal (1 s a tick)", ms: 1000 },
  { label: "Quick (0.4 s a tick)", ms: 400 },
] as const;

/** Processes p1..pn, each a bot running the protocol. */
export function botProcesses(n: number, processSeat: (pid: number) => string): CreateGamePayload["others"] {
  const others: CreateGamePayload["others"] = {};
  for (let pid = 0; pid < n; pid++) others[processSeat(pid)] = { kind: "bot", strategy: "protocol" };
  return others;
}

export function PaceSelect({ value, onChange }: { value: number; onChange: (ms: number) => void }) {
  return <Select<number> label="Pace" value={value} onChange={onChange} options={PACES.map((p) => ({ value: p.ms, label: p.label }))} />;
}

export function StartButton({ busy, errorId, onClick, children }: { busy: boolean; errorId?: string; onClick: () => void; children: ReactNode }) {
  return (
    <button type="button" aria-describedby={errorId} disabled={busy} className="btn-primary" onClick={onClick}>
      {children}
    </button>
  );
}
