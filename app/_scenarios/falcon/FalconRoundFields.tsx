"use client";
/** The host's own Falcon round: the game's length and the starting timeout. */
import { Select } from "@/app/_start/FormBits";
import type { FalconRoundChoices } from "./classroom";

export function FalconRoundFields({ fields, onChange }: { fields: FalconRoundChoices; onChange: (f: FalconRoundChoices) => void }) {
  return (
    <div className="grid gap-2">
      <Select<number> label="Length" value={fields.lengthMs} onChange={(lengthMs) => onChange({ ...fields, lengthMs })} options={[30_000, 60_000, 120_000].map((v) => ({ value: v, label: `${v / 1000} s` }))} />
      <Select<number> label="Starting timeout" value={fields.timeoutMs} onChange={(timeoutMs) => onChange({ ...fields, timeoutMs })} options={[1_000, 2_000, 4_000, 8_000].map((v) => ({ value: v, label: `${v / 1000} s` }))} />
    </div>
  );
}
