"use client";
/**
 * The game screen's polite live region: when the seat's view changes, the scenario's words for
 * what changed (PlayUi.announce: a message arrived, what the seat now knows), one short sentence
 * each, read by screen readers without interrupting. A tick that changes nothing said aloud
 * leaves the region as it was, so it is not read again.
 */
import { useState } from "react";

export function LiveAnnouncer({ view, announce }: { view: unknown; announce?: (before: unknown, after: unknown) => string[] }) {
  const [last, setLast] = useState(view);
  const [text, setText] = useState("");
  // Derived from the previous view during render (React's pattern for state that follows a prop).
  if (view !== last) {
    setLast(view);
    const lines = announce?.(last, view) ?? [];
    if (lines.length > 0) setText(lines.join(" "));
  }
  return (
    <p className="sr-only" aria-live="polite" aria-atomic="true" data-testid="live-announcer">
      {text}
    </p>
  );
}
