/** The home page's introduction to weaker agreement (a server component): both problems in plain words, why they escape FLP, the ε spread narrowing, the scoring. */
import { runEpsilon } from "@/server/engine/weaker/engine/epsilonBots";
import { BLOCK_BONUS, UNDECIDED_BONUS, VALUE_POINTS } from "@/server/engine/weaker/terms";
import { SpreadPicture, type SpreadRow } from "./SpreadPicture";

/** A spreader run on inputs 2, 50, 98 with ε = 1: the example on the home page. */
function exampleRows(): SpreadRow[] {
  const { state } = runEpsilon({ n: 3, f: 1, epsilon: 1, inputs: [2, 50, 98] }, 1, { bot: "spreader", crash: false });
  const rows: SpreadRow[] = [];
  for (let r = 1; r <= state.rounds; r++) rows.push({ label: `round ${r}`, values: state.processes.map((p, pid) => ({ process: pid + 1, value: p.history[r - 1] })) });
  rows.push({ label: "decided", values: state.processes.map((p, pid) => ({ process: pid + 1, value: p.decided ?? p.value })) });
  return rows;
}

export function WeakerIntro() {
  return (
    <section className="grid gap-4">
      <h1 className="text-3xl sm:text-4xl font-bold tracking-tight">Weaker agreement: ask for less, and FLP lets you have it</h1>
      <div className="grid gap-3 text-slate-700 leading-relaxed">
        <p>
          FLP says no deterministic protocol can promise that every process decides <em>the same value</em> when one may crash. Two ways around it ask for less
          than the same value.
        </p>
        <p>
          <strong>k-set agreement</strong>: decisions may take up to k different values, each some process&rsquo;s input. With fewer than k crashes a trivial
          protocol works: k chosen processes each send their input to everyone and decide it; everyone else decides the first value that reaches them. At most
          k values are ever sent, and one chosen process always lives to send. With k = 1 it is consensus again, and one crash before p1 sends leaves everyone
          waiting for ever: FLP&rsquo;s wall.
        </p>
        <p>
          <strong>ε-agreement</strong>: inputs are numbers, and decisions need only lie within ε of each other (and within the inputs). Each round every
          process sends its value, waits for n − f values and moves to the midpoint of the smallest and the largest. Any two processes share a value they
          both heard, so however the messages are ordered, the spread at least halves each round: after enough rounds it is within ε.
        </p>
      </div>
      <SpreadPicture
        rows={exampleRows()}
        lo={0}
        hi={100}
        epsilon={1}
        label="ε-agreement with inputs 2, 50 and 98 against the spreader bot: the spread halves every round, from 96 to under 1 after seven rounds"
        testId="weaker-intro-spread"
      />
      <p className="text-sm text-slate-600">
        You are the adversary: you deliver every message in any order and crash up to f processes. Scoring: k-set, +{VALUE_POINTS} for each distinct decided
        value beyond the first, +{BLOCK_BONUS} if a live process can never decide; ε, the decisions&rsquo; spread as a share of ε (up to +100); +
        {UNDECIDED_BONUS} if time runs out first. Idle too long and the network moves for you.
      </p>
    </section>
  );
}
