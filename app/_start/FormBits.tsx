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
      <select
        id={id}
        value={String(value)}
        onChange={(e) => onChange(options.find((o) => String(o.value) === e.target.value)!.value)}
        className="rounded-lg border border-slate-300 px-3 py-2 bg-white"
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
