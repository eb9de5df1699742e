/** The story around a weaker-agreement replay: the viewer, then the decisions, crashes and (ε) each round's values of the run. */
import type { ReplayStoryProps } from "../replayUi";
import { AVERAGE_MARK } from "@/server/engine/weaker/terms";

export function WeakerReplayStory({ viewer, timeline }: ReplayStoryProps) {
  const crashes = (timeline.marks ?? []).filter((m) => m.label === "crash");
  const averages = (timeline.marks ?? []).filter((m) => AVERAGE_MARK.test(m.label));
  const values = [...new Set(timeline.decisions.map((d) => d.label.replace(/^decide /, "")))];
  return (
    <section className="grid gap-3">
      {viewer}
      <div className="card grid gap-2 text-sm" data-testid="weaker-summary">
        <h2 className="font-semibold">Decisions</h2>
        <p>
          {timeline.decisions.length === 0 ? "No process decided." : `${timeline.decisions.length} decision${timeline.decisions.length === 1 ? "" : "s"}, ${values.length} distinct value${values.length === 1 ? "" : "s"}: ${values.join(", ")}.`}
          {crashes.length > 0 ? ` ${crashes.map((c) => c.party).join(" and ")} crashed.` : " Nobody crashed."}
        </p>
        {timeline.decisions.length > 0 && (
          <ul className="list-disc pl-5">
            {timeline.decisions.map((d) => (
              <li key={d.party}>
                {d.party} {d.label} (step {d.tick})
              </li>
            ))}
          </ul>
        )}
        {averages.length > 0 && <p className="text-slate-600">Values after each round: {averages.map((a) => `${a.party} ${a.label}`).join(", ")}.</p>}
      </div>
    </section>
  );
}
