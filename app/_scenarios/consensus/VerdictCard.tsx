/**
 * The checker's verdict on a consensus run, property by property, in words: the same one at
 * the end of a live run and on its replay page.
 */
import type { Verdict } from "@/server/engine/consensus/checker";
import { DETECTOR_NAMES } from "@/server/engine/consensus/terms";

const list = (ps: number[]) => ps.map((p) => `p${p}`).join(", ");

export function VerdictCard({ verdict }: { verdict: Verdict }) {
  const { agreement, validity, integrity, termination, detector } = verdict;
  const rows = [
    {
      name: "Agreement",
      ok: agreement.ok,
      text: agreement.ok
        ? agreement.values.length
          ? `every process that decided chose ${agreement.values[0]}`
          : "nobody decided, so nobody disagreed"
        : `processes decided different values: ${agreement.values.join(" and ")}`,
    },
    { name: "Validity", ok: validity.ok, text: validity.ok ? "every decided value was some process's input" : "a process decided a value that was nobody's input" },
    { name: "Integrity", ok: integrity.ok, text: integrity.ok ? "no process decided twice" : `decided more than once: ${list(integrity.repeated)}` },
    {
      name: "Termination",
      ok: termination.ok,
      text: termination.ok
        ? termination.lastDecisionTick === null
          ? "no correct process was left to decide"
          : `every correct process decided; the last at tick ${termination.lastDecisionTick}, in round ${termination.lastDecisionRound}`
        : `not within the limit: ${list(termination.undecided)} never decided${termination.why ? `. ${termination.why}` : ""}`,
    },
    {
      name: "Failure detector",
      ok: detector.ok,
      text: `announced ${DETECTOR_NAMES[detector.announced]}; the suspicions seen ${detector.observed ? `satisfy ${DETECTOR_NAMES[detector.observed]}` : "satisfy no class"}${
        detector.ok ? "" : `: the ${DETECTOR_NAMES[detector.announced]} promise was broken`
      }`,
    },
  ];
  return (
    <section className="card grid gap-2" aria-label="The checker's verdict" data-testid="verdict">
      <h3 className="font-semibold">The checker&apos;s verdict</h3>
      <ul className="grid gap-1.5 text-sm">
        {rows.map((r) => (
          <li key={r.name} className="flex gap-2 items-start" data-property={r.name} data-ok={r.ok}>
            <span
              className={`shrink-0 grid place-items-center w-5 h-5 rounded-full text-xs font-bold ${r.ok ? "bg-emerald-100 text-emerald-800" : "bg-rose-100 text-rose-800"}`}
              aria-hidden="true"
            >
              {r.ok ? "✓" : "✗"}
            </span>
            <span>
              <strong>{r.name}</strong> {r.ok ? "held" : "broken"}: {r.text}.
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
