"use client";
import { useId } from "react";

export function NicknameField({ inputRef }: { inputRef: React.RefObject<HTMLInputElement | null> }) {
  const id = useId();
  return (
    <div className="grid gap-2">
      <label htmlFor={id} className="text-sm font-medium">Your nickname</label>
      <input
        id={id}
        ref={inputRef}
        defaultValue=""
        maxLength={24}
        autoComplete="nickname"
        placeholder="e.g. Ada"
        className="rounded-lg border border-slate-300 px-3 py-2 text-base"
      />
      <p className="text-xs text-slate-500">Shown on the leaderboard. No account: this browser remembers you.</p>
    </div>
  );
}

export function ErrorLine({ error }: { error: string | null }) {
  if (!error) return null;
  return (
    <p role="alert" className="rounded-lg bg-rose-50 text-rose-800 ring-1 ring-rose-200 px-3 py-2 text-sm">
      {error}
    </p>
  );
}
