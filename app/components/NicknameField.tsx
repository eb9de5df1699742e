"use client";
import { useId } from "react";

/**
 * The nickname field. With `error` (the nickname was refused), the field is marked invalid and
 * says why under itself; the page shows the same refusal beside the button pressed.
 */
export function NicknameField({ inputRef, error = null }: { inputRef: React.RefObject<HTMLInputElement | null>; error?: string | null }) {
  const id = useId();
  const errorId = `${id}-error`;
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
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        className={`rounded-lg border px-3 py-2 text-base ${error ? "border-rose-600 ring-1 ring-rose-600" : "border-slate-300"}`}
      />
      {error ? (
        <p id={errorId} className="text-sm text-rose-800">{error}</p>
      ) : (
        <p className="text-xs text-slate-500">Shown on the leaderboard. No account: this browser remembers you.</p>
      )}
    </div>
  );
}

/** A refusal, announced (role=alert). Give it an `id` for the aria-describedby of the button it answers. */
export function ErrorLine({ error, id }: { error: string | null | undefined; id?: string }) {
  if (!error) return null;
  return (
    <p role="alert" id={id} className="rounded-lg bg-rose-50 text-rose-800 ring-1 ring-rose-200 px-3 py-2 text-sm">
      {error}
    </p>
  );
}
