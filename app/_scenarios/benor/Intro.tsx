/** The home page's introduction to Ben-Or (a server component): the protocol in plain words, why coins beat the FLP adversary, the chart, the scoring. */
import { CHART_RUNS, splitterRoundsChart } from "@/server/engine/benor/chart";
import { ROUND_POINTS, UNDECIDED_BONUS } from "@/server/engine/benor/terms";
import { BenorPicture } from "./BenorPicture";
import { RoundsChart } from "./RoundsChart";

export function BenorIntro() {
  const data = splitterRoundsChart();
  return (
    <section className="grid gap-4">
      <h1 className="text-3xl sm:text-4xl font-bold tracking-tight">Ben-Or: coins against the adversary</h1>
      <BenorPicture label="Three processes, each with a coin; messages between them pass through the adversary's hands" />
      <div className="grid gap-3 text-slate-700 leading-relaxed">
        <p>
          FLP says no <em>deterministic</em> protocol can promise to decide when one process may crash: an adversary who schedules the messages can always keep
          it undecided. In 1983 Michael Ben-Or let the processes <strong>flip coins</strong>.
        </p>
        <p>
          Each round has two phases. First every process reports its bit; if more than half of n agree on a value, it proposes that value, otherwise it proposes
          &ldquo;?&rdquo;. Then, from the proposals it receives: f + 1 for the same value, and it decides; one, and it adopts that value; none, and it
          flips a fair coin for its next round.
        </p>
        <p>
          You are the adversary: you choose which message arrives when, and may crash up to f processes. You see everything, except a coin before it falls. However you
          schedule, sooner or later the coins come up the same for enough processes, and they decide: with probability 1.
        </p>
      </div>
      <RoundsChart data={data} caption={`${CHART_RUNS.toLocaleString("en")} runs of 3 processes (one crash allowed) against the splitter bot`} />
      <p className="text-sm text-slate-600">
        Scoring: +{ROUND_POINTS} for each round you hold the decision off, +{UNDECIDED_BONUS} if time runs out with a live process undecided. Idle too long and the
        network delivers the oldest message itself.
      </p>
    </section>
  );
}
