"use client";
/**
 * The end of a game whose result the server could not store yet (its database is failing): the
 * result is safe on the server's disk and is stored when storage is back. Shown only if saving
 * takes more than a moment, so a normal finish does not flash it; once shown, it says when the
 * result is in.
 */
import { useEffect, useState } from "react";

const GRACE_MS = 1_000;

export function SavedNotice({ finished, saved }: { finished: boolean; saved: boolean | undefined }) {
  const waiting = finished && saved === false;
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!waiting) return;
    const timer = setTimeout(() => setShown(true), GRACE_MS);
    return () => clearTimeout(timer);
  }, [waiting]);
  if (!shown || !finished) return null;
  return waiting ? (
    <p role="status" data-testid="result-not-saved" className="rounded-lg bg-amber-50 text-amber-900 ring-1 ring-amber-200 px-3 py-2 text-sm">
      Your result is not saved yet; it will be saved when storage is back.
    </p>
  ) : (
    <p role="status" data-testid="result-saved" className="rounded-lg bg-emerald-50 text-emerald-900 ring-1 ring-emerald-200 px-3 py-2 text-sm">
      Your result is saved.
    </p>
  );
}
