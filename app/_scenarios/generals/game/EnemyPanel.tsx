"use client";
/** The Enemy's controls: every messenger in the valley, and a capture button for each. */
import type { GeneralsMove } from "@/server/engine/generals/bots";
import type { EnemyView } from "@/server/engine/generals/view";
import { GeneralsScoring } from "../GeneralsScoring";
import { useShortcuts } from "@/app/components/useShortcut";
import type { Telling } from "../telling";

export function EnemyPanel({ telling: t, view, move }: { telling: Telling; view: EnemyView; move: (m: GeneralsMove) => Promise<void> }) {
  const capture = (id: number) => void move({ type: "capture", messengerId: id });
  const shortcuts: Record<string, () => void> = {};
  view.crossing.slice(0, 9).forEach((m, i) => (shortcuts[String(i + 1)] = () => capture(m.id)));
  useShortcuts(shortcuts);

  return (
    <div className="grid gap-4 content-start">
      <section className="card grid gap-2" aria-label={`In ${t.valley}`}>
        <h2 className="font-semibold">In {t.valley} now ({view.crossing.length})</h2>
        <p className="text-xs text-slate-500">You win if exactly one side goes alone ({t.attack}). Tap or click a {t.messenger} on the map, or press its number.</p>
        <ul className="grid gap-1.5">
          {view.crossing.length === 0 && <li className="text-slate-500 text-sm">no {t.messenger} is crossing</li>}
          {view.crossing.map((m, i) => (
            <li key={m.id} className="flex items-center gap-2 text-sm">
              <span className="font-mono text-slate-500">#{m.id}</span>
              {m.from} → {m.to}: {m.kind === "plan" ? t.plan : `ack (${m.acked})`}
              <span className="text-slate-500">arrives at tick {m.arrivesAt}</span>
              <button type="button" className="ml-auto btn-danger !px-3 !py-1 min-h-8 text-xs" onClick={() => capture(m.id)}>
                {t.capture} {i < 9 && <kbd className="font-mono">{i + 1}</kbd>}
              </button>
            </li>
          ))}
        </ul>
      </section>
      <section className="card grid gap-2 text-sm" aria-label="So far">
        <h2 className="font-semibold">So far</h2>
        <p>{t.captured.charAt(0).toUpperCase() + t.captured.slice(1)}: <strong>{view.captured.length}</strong> · Let through: <strong>{view.passed.length}</strong></p>
        <ul className="grid gap-1">
          {[...view.captured.map((m) => ({ ...m, what: `${t.captured} at tick ${m.capturedAt}` })), ...view.passed.map((m) => ({ ...m, what: `arrived at tick ${m.arrivedAt}` }))]
            .sort((a, b) => a.id - b.id)
            .map((m) => (
              <li key={m.id} className="flex gap-2">
                <span className="font-mono text-slate-500">#{m.id}</span>
                {m.from} → {m.to}: {m.kind}
                <span className="ml-auto text-slate-500">{m.what}</span>
              </li>
            ))}
        </ul>
      </section>
      <GeneralsScoring enemy skin={t.skin} />
    </div>
  );
}
