"use client";
/** The host's own FLP round: which protocol and how many steps to keep it open. */
import type { FlpRoundChoices } from "./classroom";

export function FlpRoundFields({ fields }: { fields: FlpRoundChoices; onChange: (fields: FlpRoundChoices) => void }) {
  return <p className="text-sm">Majority lock, {fields.target} steps.</p>;
}
