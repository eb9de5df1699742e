"use client";
/** A read-only link with a Copy button beside it: dark on the class projector, light elsewhere. */
import { useState } from "react";

const styles = {
  dark: {
    input: "flex-1 min-w-0 rounded-lg bg-slate-800 border border-slate-600 px-2 py-1 font-mono text-xs",
    button: "rounded-lg bg-slate-700 px-3 py-1 text-xs font-semibold hover:bg-slate-600",
  },
  light: {
    input: "flex-1 min-w-0 rounded-lg border border-slate-300 px-3 py-2 font-mono text-sm",
    button: "btn-secondary",
  },
} as const;

export function CopyField({ value, label, variant }: { value: string; label: string; variant: keyof typeof styles }) {
  const [copied, setCopied] = useState(false);
  const style = styles[variant];
  return (
    <div className="flex gap-2">
      <input readOnly value={value} aria-label={label} className={style.input} onFocus={(e) => e.target.select()} />
      <button
        type="button"
        className={style.button}
        onClick={async () => {
          await navigator.clipboard?.writeText(value).catch(() => undefined);
          setCopied(true);
        }}
      >
        {copied ? "Copied" : "Copy"}
      </button>
    </div>
  );
}
