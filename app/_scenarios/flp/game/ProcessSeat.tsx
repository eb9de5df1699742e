/**
 * A process's own screen: its state, what it sent and what reached it (numbered in its own
 * order), how many steps it has taken. Nothing of the buffer or the others: it cannot tell a
 * slow process from a crashed one.
 */
import type { FlpProcessView } from "@/server/engine/flp";
import { plural } from "./words";

export function ProcessSeat({ view }: { view: FlpProcessView }) {
  const { me } = view;
  return (
    <div className="grid gap-4 lg:grid-cols-2 items-start">
      <section className="card grid gap-3" aria-label="Your process">
        <div className="flex flex-wrap items-center gap-2">
          <span className="grid place-items-center w-10 h-10 rounded-full bg-slate-800 text-white font-bold">p{me.process}</span>
          <span>
            input <strong className="font-mono">{me.input}</strong>
          </span>
          <span className={`ml-auto rounded-full px-2.5 py-0.5 text-sm font-bold ring-1 ${me.decided === null ? "bg-slate-100 text-slate-700 ring-slate-300" : "bg-emerald-100 text-emerald-900 ring-emerald-300"}`} data-testid="my-decision">
            {me.decided === null ? "not decided" : `decided ${me.decided}`}
          </span>
        </div>
        <p className="text-sm" data-testid="my-steps">
          You have taken <strong>{plural(me.stepsTaken, "step")}</strong>. You run <strong>{view.protocol.title}</strong>.
        </p>
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
          {me.facts.map(([k, v]) => (
            <div key={k} className="contents">
              <dt className="text-slate-500">{k}</dt>
              <dd className="font-mono">{v}</dd>
            </div>
          ))}
        </dl>
        <p className="text-xs text-slate-600 leading-relaxed">
          The scheduler decides when you step and what you receive. If another process goes quiet, you cannot tell whether it is slow or has crashed: that is all FLP needs.
        </p>
      </section>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-1">
        <Messages title={`Sent (${view.sent.length})`} empty="Nothing sent yet." items={view.sent.map((m) => ({ id: m.id, text: `${m.label} to p${m.to}`, at: m.atMyStep }))} />
        <Messages title={`Received (${view.received.length})`} empty="Nothing has reached you yet." items={view.received.map((m) => ({ id: m.id, text: `${m.label} from p${m.from}`, at: m.atMyStep }))} />
      </div>
    </div>
  );
}

function Messages({ title, empty, items }: { title: string; empty: string; items: { id: number; text: string; at: number }[] }) {
  return (
    <section className="card grid gap-2 content-start" aria-label={title}>
      <h2 className="font-semibold">{title}</h2>
      {items.length === 0 ? (
        <p className="text-sm text-slate-500">{empty}</p>
      ) : (
        <ol className="grid gap-1 text-sm">
          {items.map((m) => (
            <li key={m.id} className="flex gap-2">
              <span className="text-slate-500 font-mono">{m.id}.</span>
              <span>{m.text}</span>
              <span className="ml-auto text-xs text-slate-500">at your step {m.at}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
