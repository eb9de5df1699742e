"use client";
/** Small form pieces shared by the start forms. */
import { useId } from "react";
import type { CreateRequest } from "@/app/lib/useStartGame";

export type StartFn = (payload: CreateRequest) => void;

export function Card({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="card grid gap-3">
      <h2 className="text-lg font-semibold">{title}</h2>
      {children}
    </div>
  );
}

export function Select<T extends string | number>({ label, value, options, onChange }: {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
}) {
  const id = useId();
  return (
    <div className="grid gap-1">
      <label htmlFor={id} className="text-sm font-medium">{label}</label>
      {/* min-w-0: the longest option must not widen the page on a phone. */}
      <select
        id={id}
        value={String(value)}
        onChange={(e) => onChange(options.find((o) => String(o.value) === e.target.value)!.value)}
        className="min-w-0 rounded-lg border border-slate-300 px-3 py-2 bg-white"
      >
        {options.map((o) => (
          <option key={String(o.value)} value={String(o.value)}>{o.label}</option>
        ))}
      </select>
    </div>
  );
}

export function Checkbox({ label, hint, checked, onChange }: { label: string; hint?: string; checked: boolean; onChange: (checked: boolean) => void }) {
  const id = useId();
  return (
    <div className="grid gap-0.5">
      <div className="flex items-center gap-2">
        <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} className="w-4 h-4 accent-amber-500" />
        <label htmlFor={id} className="text-sm font-medium">{label}</label>
      </div>
      {hint && <p className="text-xs text-slate-500 pl-6">{hint}</p>}
    </div>
  );
}

/** An optional practice seed, folded away under "Advanced". A game given a seed is unranked. */
export function PracticeSeed({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const id = useId();
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-slate-600">Advanced</summary>
      <div className="grid gap-1 mt-2">
        <label htmlFor={id} className="font-medium">Practice seed (optional)</label>
        <input
          id={id}
          inputMode="numeric"
          value={value}
          placeholder="e.g. 42"
          onChange={(e) => onChange(e.target.value.replace(/\D/g, "").slice(0, 10))}
          className="rounded-lg border border-slate-300 px-3 py-2 bg-white"
        />
        <p className="text-xs text-slate-500">
          The same seed and the same moves play the same game again. A game with a seed is practice: unranked, kept out of the leaderboards and your stats.
        </p>
      </div>
    </details>
  );
}

/** The `seed` of a game:create payload for the practice seed typed, or nothing when there is none. */
export function practiceSeedField(text: string): { seed?: number } {
  const seed = Number(text);
  return text !== "" && Number.isInteger(seed) && seed <= 0xffff_ffff ? { seed } : {};
}
