"use client";
/** The host's own Two Generals round: how dangerous the valley is, and when dawn comes. */
import { Select } from "@/app/_start/FormBits";
import type { GeneralsRoundChoices } from "./classroom";

const FOG = [0.1, 0.2, 0.3, 0.5] as const;
const DAWNS = [12, 20, 30, 40] as const;

export function GeneralsRoundFields({ fields: f, onChange }: { fields: GeneralsRoundChoices; onChange: (f: GeneralsRoundChoices) => void }) {
  return (
    <>
      <Select<number | "enemy">
        label="The valley"
        value={f.valley}
        onChange={(valley) => onChange({ ...f, valley })}
        options={[...FOG.map((p) => ({ value: p, label: `${Math.round(p * 100)}% of messengers captured` })), { value: "enemy" as const, label: "An Enemy bot that reads and captures" }]}
      />
      <Select<number> label="Dawn at" value={f.dawnTick} onChange={(dawnTick) => onChange({ ...f, dawnTick })} options={DAWNS.map((d) => ({ value: d, label: `tick ${d}` }))} />
    </>
  );
}
