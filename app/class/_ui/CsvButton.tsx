"use client";
/**
 * Downloads every game and player of a session as CSV. The export needs the host key as a
 * bearer token, so it is fetched here and saved through a blob link (never a URL with the key).
 */
import { useState } from "react";

export function CsvButton({ sessionId, hostKey, code, className = "btn-secondary" }: { sessionId: string; hostKey: string; code?: string; className?: string }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function download() {
    setBusy(true);
    setError(null);
    try {
      const res = await fetch(`/api/class/${encodeURIComponent(sessionId)}/export.csv`, { headers: { Authorization: `Bearer ${hostKey}` }, cache: "no-store" });
      if (!res.ok) throw new Error(`The server answered ${res.status}.`);
      const url = URL.createObjectURL(await res.blob());
      const a = document.createElement("a");
      a.href = url;
      a.download = `bivalent-class-${code || sessionId}-${new Date().toISOString().slice(0, 10)}.csv`;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (err) {
      setError(err instanceof Error ? err.message : "The download failed.");
    } finally {
      setBusy(false);
    }
  }
  return (
    <span className="inline-flex items-center gap-2">
      <button type="button" className={className} onClick={download} disabled={busy}>
        {busy ? "Preparing…" : "Download CSV"}
      </button>
      {error && <span role="alert" className="text-sm text-rose-700">{error}</span>}
    </span>
  );
}
