"use client";
/**
 * Every process at the replay's moment, one button each (its colour, a ✕ once crashed, its
 * decision once taken): pressing one shows that process's own view beside the truth.
 */
import type { Timeline } from "@/server/engine/timeline";
import { partyColor } from "@/app/components/clock";

export function ProcessPicker({ timeline, tick, selected, onSelect }: { timeline: Timeline; tick: number; selected: string; onSelect: (party: string) => void }) {
  return (
    <div className="flex flex-wrap gap-2" role="group" aria-label="Whose view">
      {timeline.parties.map((p) => {
        const crashed = timeline.marks?.some((m) => m.party === p.id && m.label === "crash" && m.tick <= tick);
        const decision = timeline.decisions.find((d) => d.party === p.id && d.tick <= tick);
        const state = crashed ? "crashed" : decision ? decision.label.replace("decide", "decided") : "undecided";
        const on = p.id === selected;
        return (
          <button
            key={p.id}
            type="button"
            aria-pressed={on}
            aria-label={`${p.name}: ${state}`}
            onClick={() => onSelect(p.id)}
            className={`flex items-center gap-2 rounded-xl px-3 py-1.5 text-sm ring-1 ${on ? "bg-slate-900 text-white ring-slate-900" : "bg-white ring-slate-300 hover:bg-slate-100"}`}
          >
            <span className="w-3 h-3 rounded-full" style={{ background: crashed ? "#94a3b8" : partyColor(timeline, p.id) }} aria-hidden="true" />
            <strong>{p.name}</strong>
            <span className={`text-xs ${on ? "text-slate-300" : "text-slate-500"}`} aria-hidden="true">
              {crashed ? "✕" : decision ? `◆ ${decision.label.replace("decide ", "")}` : "…"}
            </span>
          </button>
        );
      })}
    </div>
  );
}
