/**
 * The frame of every scenario's briefing: a picture, "You are …" and two or three short
 * paragraphs (the goal, how scoring works). Each scenario fills it (app/_scenarios/<id>/Briefing.tsx).
 */
import type { ReactNode } from "react";

export function BriefingCard({ picture, role, children }: { picture: ReactNode; role: string; children: ReactNode }) {
  return (
    <section className="card grid gap-3 text-left" aria-labelledby="briefing-role" data-testid="briefing">
      <div className="rounded-xl overflow-hidden">{picture}</div>
      <h2 id="briefing-role" className="text-lg font-bold">{role}</h2>
      <div className="grid gap-2 text-slate-700 leading-relaxed text-[0.95rem]">{children}</div>
    </section>
  );
}

/** A probability as a whole percentage ("20%"), or null when the parameter is missing. */
export function percent(p: unknown): string | null {
  return typeof p === "number" && Number.isFinite(p) ? `${Math.round(p * 100)}%` : null;
}
