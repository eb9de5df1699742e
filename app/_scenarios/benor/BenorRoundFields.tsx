"use client";
/** The host's own Ben-Or round: three or five processes. */
import { Select } from "@/app/_start/FormBits";
import type { BenorRoundChoices } from "./classroom";

export function BenorRoundFields({ fields, onChange }: { fields: BenorRoundChoices; onChange: (fields: BenorRoundChoices) => void }) {
  return (
    <Select<number>
      label="Processes"
      value={fields.n}
      onChange={(n) => onChange({ n: n === 5 ? 5 : 3 })}
      options={[
        { value: 3, label: "3 processes, up to 1 crash" },
        { value: 5, label: "5 processes, up to 1 crash" },
      ]}
    />
  );
}
