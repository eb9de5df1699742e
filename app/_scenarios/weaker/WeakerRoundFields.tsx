"use client";
/** The host's own weaker-agreement round: k-set with k = 1 (the wall), 2-set, or ε-agreement. */
import { Select } from "@/app/_start/FormBits";
import { WEAKER_ROUND_SETTINGS, type WeakerRoundChoices } from "./classroom";

export function WeakerRoundFields({ fields, onChange }: { fields: WeakerRoundChoices; onChange: (fields: WeakerRoundChoices) => void }) {
  return (
    <Select<WeakerRoundChoices["setting"]>
      label="Problem"
      value={fields.setting}
      onChange={(setting) => onChange({ setting })}
      options={Object.entries(WEAKER_ROUND_SETTINGS).map(([value, s]) => ({ value: value as WeakerRoundChoices["setting"], label: s.label }))}
    />
  );
}
