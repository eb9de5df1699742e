"use client";
/** The host's own FLP round: the scheduler's game or the Lemma 1 puzzle, the protocol, and the scheduler's target, fairness bound and crash. */
import { FLP_PROTOCOL_IDS, type FlpMode, type FlpProtocolId } from "@/server/engine/flp/terms";
import { Checkbox, Select } from "@/app/_start/FormBits";
import type { FlpRoundChoices } from "./classroom";
import { FLP_PROTOCOL_WORDS } from "@/server/engine/flp/protocolWords";

const TARGETS = [15, 25, 40, 60] as const;
const BOUNDS = [4, 6, 10] as const;

export function FlpRoundFields({ fields: f, onChange }: { fields: FlpRoundChoices; onChange: (f: FlpRoundChoices) => void }) {
  return (
    <>
      <Select<FlpMode>
        label="Game"
        value={f.mode}
        onChange={(mode) => onChange({ ...f, mode })}
        options={[
          { value: "scheduler", label: "The scheduler: keep it bivalent" },
          { value: "puzzle", label: "The Lemma 1 puzzle" },
        ]}
      />
      <Select<FlpProtocolId> label="Protocol" value={f.protocol} onChange={(protocol) => onChange({ ...f, protocol })} options={FLP_PROTOCOL_IDS.map((id) => ({ value: id, label: FLP_PROTOCOL_WORDS[id].title }))} />
      {f.mode === "scheduler" && (
        <>
          <Select<number> label="Keep it bivalent for" value={f.target} onChange={(target) => onChange({ ...f, target })} options={TARGETS.map((t) => ({ value: t, label: `${t} steps` }))} />
          <Select<number> label="Fairness bound" value={f.bound} onChange={(bound) => onChange({ ...f, bound })} options={BOUNDS.map((b) => ({ value: b, label: `every obligation within ${b} steps` }))} />
          <Checkbox label="One crash allowed" hint="The scheduler may stop one process for good (FLP's one faulty process)." checked={f.crash} onChange={(crash) => onChange({ ...f, crash })} />
        </>
      )}
    </>
  );
}
