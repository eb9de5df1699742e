/** The home page's introduction to FLP (a server component): the theorem, the model, what you do here, the scoring. */
import { PUZZLE_POINTS, WIN_BONUS } from "@/server/engine/flp/scoring";
import Link from "next/link";
import { FlpPicture } from "./FlpPicture";

export function FlpIntro() {
  return (
    <section className="grid gap-4">
      <h1 className="text-3xl sm:text-4xl font-bold tracking-tight">FLP: the adversary who keeps the decision open</h1>
      <figure className="rounded-xl bg-gradient-to-br from-slate-900 to-violet-950 p-4 grid gap-3">
        <div className="rounded-xl bg-white/95 p-2">
          <FlpPicture />
        </div>
        <figcaption className="text-sm text-slate-100">
          You are the network: you pick which process takes the next step and which envelope it receives. The protocol wants to decide; you want it to stay <strong>bivalent</strong>.
        </figcaption>
      </figure>
      <div className="grid gap-3 text-slate-700 leading-relaxed">
        <p>
          Fischer, Lynch and Paterson (1985): <strong>no deterministic protocol solves consensus in an asynchronous system if even one process may crash</strong>.
          The reason fits in a sentence: a process cannot tell a crashed process from a slow one.
        </p>
        <p>
          <strong>The model.</strong> Processes p1, p2, p3 each start with an input bit, and a <em>buffer</em> holds the messages sent and not yet received.
          A <em>step</em> (p, m) lets process p receive message m from the buffer, or the empty message λ (always possible), then change its state and send.
          All local states plus the buffer make a <em>configuration</em>; a sequence of steps is a <em>schedule</em>.
        </p>
        <p>
          <strong>Valency.</strong> A configuration is <span className="font-semibold text-sky-800">0-valent</span> if every decision still reachable from it is 0,{" "}
          <span className="font-semibold text-orange-800">1-valent</span> if every one is 1, and <span className="font-semibold text-violet-800">bivalent</span> if both
          can still happen. The server finds out by searching every configuration reachable from here.
        </p>
        <p>
          <strong>What you do.</strong> Be the proof&apos;s adversary (Lemma 3): schedule the steps so the run stays bivalent, while staying fair: every process
          keeps stepping and every message arrives within a bound the server enforces. Or watch the proof&apos;s own adversary do it. Or solve{" "}
          <strong>Lemma 1</strong>: which of the initial configurations I<sub>0</sub>…I<sub>3</sub> is bivalent?
        </p>
      </div>
      <section className="card text-sm grid gap-1.5" aria-labelledby="flp-ways">
        <h2 id="flp-ways" className="font-semibold">Ways around FLP</h2>
        <ul className="grid gap-1.5 text-slate-700 list-disc pl-5">
          <li>
            <strong>Randomization.</strong> Let the processes flip coins: the adversary cannot see a coin before it falls.{" "}
            <Link className="underline text-indigo-700" href="/?play=benor">
              Play against Ben-Or
            </Link>
            .
          </li>
          <li>
            <strong>Partial synchrony.</strong> Promise termination only once the network settles (after GST), as the rotating coordinator does.{" "}
            <Link className="underline text-indigo-700" href="/?play=consensus">
              Play consensus with GST
            </Link>
            .
          </li>
          <li>
            <strong>Weaker agreement.</strong> k-set agreement (at most k different decisions) is easy with fewer than k crashes; ε-agreement settles for values within ε.{" "}
            <Link className="underline text-indigo-700" href="/?play=weaker">
              Play against weaker agreement
            </Link>
            .
          </li>
        </ul>
      </section>
      <details className="card text-sm">
        <summary className="cursor-pointer font-semibold">How scoring works</summary>
        <ul className="mt-2 grid gap-1.5 text-slate-700 list-disc pl-5">
          <li>The scheduler scores <strong>1 point for every step</strong> taken while the run stayed bivalent.</li>
          <li>
            <strong>+{WIN_BONUS}</strong> for keeping it bivalent up to the target, or for making two processes decide differently (only a protocol that is not safe allows that).
          </li>
          <li>A hint (the valency each next step leads to) costs the points the game announces; the score never drops below 0.</li>
          <li>The Lemma 1 puzzle: <strong>{PUZZLE_POINTS} points</strong> for every initial configuration whose valency you predict right.</li>
          <li>Watching the proof&apos;s adversary scores nothing: it is there to learn from.</li>
        </ul>
      </details>
    </section>
  );
}
