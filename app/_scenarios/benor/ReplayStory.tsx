/** The story around a Ben-Or replay: the viewer, then the rounds and the coins of the run. */
import type { ReplayStoryProps } from "../replayUi";
import { COIN_MARK, DECISION_LABEL } from "@/server/engine/benor/terms";

export function BenorReplayStory({ viewer, timeline }: ReplayStoryProps) {
  const decisions = timeline.decisions.map((d) => ({ party: d.party, step: d.tick, m: DECISION_LABEL.exec(d.label) })).filter((d) => d.m);
  const coins = (timeline.marks ?? []).filter((m) => COIN_MARK.test(m.label));
  const crashes = (timeline.marks ?? []).filter((m) => m.label === "crash");
  const lastRound = decisions.length > 0 ? Math.max(...decisions.map((d) => Number(d.m![2]))) : null;
  return (
    <section className="grid gap-3">
      {viewer}
      <div className="card grid gap-2 text-sm" data-testid="benor-summary">
        <h2 className="font-semibold">Rounds and coins</h2>
        <p>
          {lastRound === null ? "No process decided before time ran out." : `The last decision came in round ${lastRound}.`} {coins.length === 0 ? "No coin was flipped." : `${coins.length} coin${coins.length === 1 ? " was" : "s were"} flipped.`}
          {crashes.length > 0 ? ` ${crashes.map((c) => c.party).join(" and ")} crashed.` : ""}
        </p>
        {decisions.length > 0 && (
          <ul className="list-disc pl-5">
            {decisions.map((d) => (
              <li key={d.party}>
                {d.party} decided {d.m![1]} in round {d.m![2]} (step {d.step})
              </li>
            ))}
          </ul>
        )}
        {coins.length > 0 && (
          <p className="text-slate-600">
            Coins: {coins.map((c) => `${c.party} ${c.label.slice(5)} at step ${c.tick}`).join(", ")}.
          </p>
        )}
      </div>
    </section>
  );
}
