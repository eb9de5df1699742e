"use client";
/**
 * The undetermined value on the run itself: every suggestion up to the replay's moment, with the
 * first majority of opinions it was built from, marked free when none carried a timestamp (and
 * why that was safe), or fixed by the largest one. A sandbox pick that broke the rule after a
 * timestamp is flagged: there, two different values could be decided.
 */
import { useReplayMoment } from "@/app/components/ReplayMoment";
import type { PickAnalysis, RoundPick } from "@/server/engine/consensus/picks";
import { useLexicon, usePaxos } from "./lens";

export function PicksPanel({ analysis }: { analysis: PickAnalysis }) {
  const { tick, end } = useReplayMoment();
  const lex = useLexicon();
  const paxos = usePaxos();
  const shown = analysis.rounds.filter((r) => r.tick <= tick);
  const free = shown.filter((r) => r.free).length;
  return (
    <section className="card grid gap-2 text-sm" aria-label="Free picks" data-testid="picks">
      <h2 className="font-semibold">{paxos ? "What each proposer could offer" : "What each coordinator could suggest"}</h2>
      <p className="text-slate-700">
        {shown.length === 0
          ? `No ${lex.kind.suggest} yet at tick ${tick}.`
          : `${shown.length} ${paxos ? (shown.length > 1 ? "ballots reached accept!" : "ballot reached accept!") : shown.length > 1 ? "suggestions" : "suggestion"} by tick ${tick}; ${free} free (no ${paxos ? "accepted value among the promises" : "timestamp among the opinions"}).`}
      </p>
      {shown.length > 0 && (
        <ul className="grid gap-1.5">
          {shown.map((r) => (
            <PickRow key={`${r.round}-${r.coordinator}`} pick={r} />
          ))}
        </ul>
      )}
      {shown.some((r) => r.free) && (
        <p className="text-xs text-slate-600" data-testid="why-free">
          Why a free pick was safe: a value is decided only once a majority {paxos ? "accepts it in one ballot" : "ACKs it in one round"}, and each of them then carries
          that {lex.round} as its {paxos ? "accepted ballot" : "timestamp"}. Any two majorities share a {lex.process}, so if no {lex.kind.opinion} of a majority carries {paxos ? "an accepted ballot" : "a timestamp"} above 0,
          nothing was decided before, and from then on every later {lex.coordinator} will see this {lex.round}&apos;s value and must keep it.
        </p>
      )}
      {tick >= end && analysis.mattered && (
        <p className="rounded-lg bg-rose-50 ring-1 ring-rose-200 px-3 py-2 text-rose-900" data-testid="pick-mattered">
          Here the choice mattered: a sandbox {lex.coordinator} offered a value other than the one its majority&apos;s largest {paxos ? "accepted ballot" : "timestamp"} held,
          after that value may already have been decided. {analysis.decided.length > 1 ? "And two different values were decided." : "Two different values could have been decided."}
        </p>
      )}
    </section>
  );
}

function PickRow({ pick: r }: { pick: RoundPick }) {
  const lex = useLexicon();
  const paxos = usePaxos();
  const tone = r.mattered ? "bg-rose-50 ring-rose-200" : r.free ? "bg-amber-50 ring-amber-200" : "bg-slate-50 ring-slate-200";
  return (
    <li className={`rounded-lg ring-1 px-3 py-1.5 grid gap-0.5 ${tone}`} data-testid="pick" data-round={r.round} data-coordinator={r.coordinator} data-free={r.free}>
      <span>
        <strong>
          {lex.Round} {r.round}
        </strong>{" "}
        · {lex.coordinator} <strong>p{r.coordinator}</strong> · {paxos ? "offered" : "suggested"} <strong>{r.suggested}</strong> at tick {r.tick}
        {r.free ? <span className="ml-1 rounded bg-amber-200 px-1 text-[11px] font-semibold text-amber-950">free</span> : null}
        {r.offRule ? <span className="ml-1 rounded bg-rose-200 px-1 text-[11px] font-semibold text-rose-950">off the rule</span> : null}
      </span>
      <span className="text-xs text-slate-600">
        First majority: {r.opinions.map((o) => `p${o.from} (v=${o.value}, ${lex.ts}=${o.ts})`).join(", ")}.{" "}
        {r.free
          ? `No ${paxos ? "accepted ballot" : "timestamp"}: nothing could be chosen yet, so ${r.allowed.length > 1 ? "either value was allowed" : `the inputs heard all said ${r.allowed[0]}, and the rule keeps to them`}.`
          : `Largest ${paxos ? "accepted ballot" : "timestamp"} ${r.maxTs}: only ${r.allowed.join(" or ")} was allowed.`}
      </span>
    </li>
  );
}
