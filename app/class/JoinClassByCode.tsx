"use client";
/** A code box that opens a class's join page (/c/<code>). */
import { useRouter } from "next/navigation";
import { useId, useState } from "react";

export function JoinClassByCode({ compact = false }: { compact?: boolean }) {
  const router = useRouter();
  const id = useId();
  const [code, setCode] = useState("");
  const clean = code.trim().toUpperCase();
  return (
    <form
      className="flex gap-2 items-end"
      onSubmit={(e) => {
        e.preventDefault();
        if (clean.length === 6) router.push(`/c/${clean}`);
      }}
      aria-label="Join a class with a code"
    >
      <div className="grid gap-1 flex-1 min-w-0">
        <label htmlFor={id} className={compact ? "sr-only" : "text-sm font-medium"}>Class code</label>
        <input
          id={id}
          value={code}
          onChange={(e) => setCode(e.target.value)}
          maxLength={6}
          autoCapitalize="characters"
          autoComplete="off"
          spellCheck={false}
          placeholder="Class code"
          className="w-full min-w-0 rounded-lg border border-slate-300 px-3 py-2 font-mono uppercase tracking-widest bg-white"
        />
      </div>
      <button type="submit" disabled={clean.length !== 6} className="btn-secondary">Join</button>
    </form>
  );
}
