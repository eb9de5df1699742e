"use client";
/** The host's own Lovers round: how many SMS the network loses, and the lucky night. */
import { Checkbox, Select } from "@/app/_start/FormBits";
import type { LoversRoundChoices } from "./classroom";

const LOSSES = [0.1, 0.3, 0.5] as const;

export function LoversRoundFields({ fields: f, onChange }: { fields: LoversRoundChoices; onChange: (f: LoversRoundChoices) => void }) {
  return (
    <>
      <Select<number> label="The network" value={f.loss} onChange={(loss) => onChange({ ...f, loss })} options={LOSSES.map((p) => ({ value: p, label: `${Math.round(p * 100)}% of SMS lost` }))} />
      <Checkbox label="Lucky night" hint="Nothing is lost, but the lovers are only told the announced rate." checked={f.luckyNight} onChange={(luckyNight) => onChange({ ...f, luckyNight })} />
    </>
  );
}
