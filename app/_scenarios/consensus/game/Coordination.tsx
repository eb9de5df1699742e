/**
 * For a coordinator, each round it coordinates that is still open: the opinions gathered
 * against the majority it needs (phase 2), then the first replies (phase 4). Only the first
 * majority counts: one NACK among them and the round cannot decide.
 */
import type { ProcessView } from "@/server/engine/consensus/view";
import { useLexicon } from "../lens";

export function Coordination({ view }: { view: ProcessView }) {
  const lex = useLexicon();
  if (view.coordinating.length === 0) return null;
  const need = view.params.majority;
  return (
    <section className="card grid gap-3 content-start bg-amber-50 ring-amber-200" aria-label="Rounds you coordinate">
      <h2 className="font-semibold">{lex.round === "ballot" ? "Ballots you propose" : "Rounds you coordinate"}</h2>
      {view.coordinating.map((r) =>
        r.suggestion === null ? (
          <div key={r.round} className="grid gap-1" data-testid={`opinions-${r.round}`}>
            <p className="text-sm">
              {lex.Round} {r.round}, phase 2: <strong>{r.opinions} of {need}</strong> {lex.kind.opinion}s needed{r.opinions >= need ? (lex.round === "ballot" ? ": you may send accept! now" : ": you may suggest") : ""}.
            </p>
            <Dots total={need} filled={[{ n: Math.min(r.opinions, need), tone: "bg-sky-600" }]} label={`${r.opinions} of ${need} ${lex.kind.opinion}s`} />
          </div>
        ) : (
          <div key={r.round} className="grid gap-1" data-testid={`replies-${r.round}`}>
            <p className="text-sm">
              {lex.Round} {r.round}, phase 4: you {lex.round === "ballot" ? "proposed" : "suggested"} <strong>{r.suggestion}</strong>. Replies: <strong>{r.acks} {lex.kind.ack}</strong>, <strong>{r.nacks} {lex.kind.nack}</strong> of the first {need}.
              {r.nacks > 0 ? ` A ${lex.kind.nack} among them: this ${lex.round} cannot decide.` : r.acks >= need ? (lex.round === "ballot" ? " All accepted: the value is chosen, announce it!" : " All ACK: decide!") : ""}
            </p>
            <Dots
              total={need}
              filled={[
                { n: r.acks, tone: "bg-emerald-600" },
                { n: r.nacks, tone: "bg-rose-600" },
              ]}
              label={`${r.acks} ${lex.kind.ack} and ${r.nacks} ${lex.kind.nack} of ${need}`}
            />
          </div>
        ),
      )}
    </section>
  );
}

function Dots({ total, filled, label }: { total: number; filled: { n: number; tone: string }[]; label: string }) {
  const tones = filled.flatMap((f) => Array.from({ length: f.n }, () => f.tone));
  return (
    <div className="flex gap-1.5" role="img" aria-label={label}>
      {Array.from({ length: total }, (_, i) => (
        <span key={i} className={`w-4 h-4 rounded-full ring-1 ring-slate-300 ${tones[i] ?? "bg-white"}`} />
      ))}
    </div>
  );
}
