/** The home page's picture of consensus: five processes on a ring, one round in progress. */
import { ProcessRing } from "./ProcessRing";

export function ConsensusPicture() {
  return (
    <figure className="grid gap-4 rounded-xl bg-gradient-to-br from-slate-900 to-indigo-950 p-4 text-slate-100">
      <div className="rounded-full bg-white/95 p-1 mx-auto w-full max-w-64">
        <ProcessRing
          n={5}
          coordinator={2}
          crashed={[5]}
          suspects={[4]}
          decided={{}}
          arrows={[
            { from: 1, to: 2, color: "#2563eb" },
            { from: 3, to: 2, color: "#7c3aed" },
            { from: 4, to: 2, color: "#059669" },
          ]}
          label="Five processes p1 to p5 on a ring. p2 coordinates round 1 and receives the opinions of p1, p3 and p4; p5 has crashed; p4 is suspected by a detector although it is alive."
        />
      </div>
      <figcaption className="grid gap-x-4 gap-y-1.5 text-sm sm:grid-cols-2">
        <p><span className="inline-block w-3 h-3 rounded-full ring-4 ring-amber-500 bg-sky-700 align-middle mr-2" />p2 coordinates round 1: it needs opinions from a majority (3 of 5).</p>
        <p><span className="inline-block w-4 text-center font-bold mr-1.5">→</span>opinions on their way: the network delays them, but never loses them.</p>
        <p><span className="inline-block w-4 text-center font-bold mr-1.5">✕</span>p5 has crashed: it will never answer.</p>
        <p><span className="inline-block w-3 h-3 rounded-full ring-2 ring-rose-500 ring-offset-2 ring-offset-slate-900 align-middle mr-2" />p4 is suspected, wrongly: before GST a detector may err.</p>
      </figcaption>
    </figure>
  );
}
