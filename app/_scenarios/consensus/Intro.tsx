/** The home page's introduction to consensus with a failure detector: the ring, the protocol, the scoring. */
import { ConsensusPicture } from "./ConsensusPicture";
import { ConsensusScoring } from "./ConsensusScoring";

export function ConsensusIntro() {
  return (
    <section className="grid gap-4">
      <h1 className="text-3xl sm:text-4xl font-bold tracking-tight">Consensus, with a failure detector</h1>
      <ConsensusPicture />
      <div className="grid gap-3 text-slate-700 leading-relaxed">
        <p>
          Several processes each start with a bit, 0 or 1, and must all <strong>decide the same bit</strong>, one that some process
          started with. Messages are never lost here, only delayed, but some processes may crash, at most <em>f</em> of them, fewer than half.
        </p>
        <p>
          They work in rounds, and each round has its coordinator, in turn. Everyone sends it an opinion; with a majority in hand it
          suggests a value; each process acknowledges (ACK) or, if it believes the coordinator is dead, refuses (NACK). A majority of
          ACKs, and the coordinator can announce the decision.
        </p>
        <p>
          How do you tell a crashed coordinator from a slow one? You cannot: each process asks its <strong>failure detector</strong>,
          which may wrongly suspect a live process before a moment called <abbr title="global stabilization time">GST</abbr>. After
          that, the detector of class ◇S never suspects some correct process, and that is enough to decide.
        </p>
        <p className="text-sm text-slate-500">
          Play one process by hand among bots, or be the adversary: delay messages, plant suspicions, crash processes, and see
          how long you can hold them off.
        </p>
      </div>
      <ConsensusScoring />
    </section>
  );
}
