/** The story around a Falcon replay: the viewer, then each layer's true state as a lane under the operator's view (its declarations and kills). */
import type { ReplayStoryProps } from "../replayUi";
import { MONITOR, SERVICE } from "@/server/engine/falcon/timeline";

const LANES = ["app", "os", "vm", "switch"] as const;
const FAULT_LAYER: Record<string, (typeof LANES)[number]> = { crash: "app", hang: "app", slow: "app", panic: "os", vmStop: "vm", partition: "switch" };
const BELOW: Record<string, number> = { app: 0, os: 1, vm: 2, switch: 3 };

export function FalconReplayStory({ viewer, timeline }: ReplayStoryProps) {
  const end = Math.max(1, timeline.endTick);
  const marks = timeline.marks ?? [];
  const faults = marks.filter((m) => m.party === SERVICE && m.tone === "bad");
  const heals = marks.filter((m) => m.party === SERVICE && m.label.endsWith(" over"));
  const acts = [...marks.filter((m) => m.party === MONITOR), ...timeline.decisions.map((d) => ({ tick: d.tick, label: d.label, tone: "neutral" as const }))];
  const failovers = timeline.decisions.map((d) => d.tick).sort((a, b) => a - b);
  const x = (tick: number) => 80 + (Math.min(tick, end) / end) * 270;
  // A fault holds its layer (and the layers above it) until it heals, or the instance fails over.
  const spans = faults.map((f) => {
    const kind = f.label.split(" ")[0];
    const heal = heals.find((h) => h.tick >= f.tick && h.label.startsWith(kind));
    const over = failovers.find((t) => t >= f.tick);
    const until = Math.min(heal?.tick ?? end, over ?? end);
    return { kind, layer: FAULT_LAYER[kind] ?? "app", from: f.tick, until, temporary: kind === "slow" || kind === "partition" };
  });
  return (
    <section className="grid gap-3">
      {viewer}
      <div className="card grid gap-2 text-sm" data-testid="falcon-replay-layers">
        <h2 className="font-semibold">Each layer&rsquo;s truth, under the operator&rsquo;s view</h2>
        <svg viewBox="0 0 360 150" role="img" aria-label={`The four layers over the game: ${spans.length === 0 ? "no fault" : spans.map((s) => `${s.kind} from step ${s.from} to ${s.until}`).join("; ")}; the operator acted ${acts.length} times`} className="w-full max-w-2xl h-auto">
          {LANES.map((lane, i) => (
            <g key={lane}>
              <text x={4} y={18 + i * 26} fontSize={10} fill="#334155">
                {lane}
              </text>
              <rect x={80} y={8 + i * 26} width={270} height={14} fill="#bbf7d0" />
              {spans
                .filter((s) => BELOW[s.layer] >= i)
                .map((s, k) => (
                  <rect key={k} x={x(s.from)} y={8 + i * 26} width={Math.max(1, x(s.until) - x(s.from))} height={14} fill={s.layer === lane ? (s.temporary ? "#fde68a" : "#fca5a5") : "#e5e7eb"} />
                ))}
            </g>
          ))}
          <text x={4} y={130} fontSize={10} fill="#334155">
            operator
          </text>
          <line x1={80} x2={350} y1={126} y2={126} stroke="#94a3b8" />
          {acts.map((a, k) => (
            <circle key={k} cx={x(a.tick)} cy={126} r={3.5} fill={a.tone === "bad" ? "#dc2626" : "#1d4ed8"} />
          ))}
        </svg>
        <p className="text-slate-600">
          Faults: {faults.length === 0 ? "none" : faults.map((f) => `${f.label} at step ${f.tick}`).join(", ")}. The operator (declarations and kills; its spy questions are in the trace): {acts.length === 0 ? "declared and killed nothing" : acts.map((a) => `${a.label} (step ${a.tick})`).join(", ")}.
        </p>
      </div>
    </section>
  );
}
