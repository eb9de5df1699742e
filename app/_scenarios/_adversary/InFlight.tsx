/**
 * The adversary's messages in flight, grouped by receiver, oldest first, a deliver button each
 * (the one fairness demands next marked); a crashed receiver's are never delivered. `prefix` names
 * the ids and test ids (`<prefix>-buffer`, `<prefix>-inbox-p<n>`).
 */
import type { ReactNode } from "react";

export interface InFlightMessage {
  id: number;
  from: number;
  to: number;
  label: string;
  dead?: boolean;
}

interface Props {
  prefix: string;
  processes: readonly { process: number; crashed: boolean }[];
  buffer: readonly InFlightMessage[];
  /** How to read a message's label. */
  legend: ReactNode;
  /** The message fairness demands next, if any. */
  dueId: number | null;
  canMove: boolean;
  onDeliver: (messageId: number) => void;
}

export function InFlight({ prefix, processes, buffer, legend, dueId, canMove, onDeliver }: Props) {
  const byReceiver = processes.map((p) => ({ p, messages: buffer.filter((m) => m.to === p.process) }));
  return (
    <section className="grid gap-2" aria-labelledby={`${prefix}-buffer`}>
      <h2 id={`${prefix}-buffer`} className="font-semibold">
        In flight ({buffer.filter((m) => !m.dead).length})
      </h2>
      <p className="text-xs text-slate-600">{legend} Oldest first; the number is the message id.</p>
      {byReceiver.map(({ p, messages }) => (
        <div key={p.process} className="grid gap-1" data-testid={`${prefix}-inbox-p${p.process}`}>
          <h3 className="text-sm font-medium">
            To p{p.process} {p.crashed ? "(crashed: never delivered)" : `(${messages.length})`}
          </h3>
          {!p.crashed && messages.length > 0 && (
            <ul className="flex flex-wrap gap-1">
              {messages.map((m) => (
                <li key={m.id}>
                  <button
                    type="button"
                    className={`rounded border px-2 py-0.5 text-xs font-mono ${dueId === m.id ? "border-amber-500 bg-amber-100" : "border-slate-300 bg-white"} disabled:opacity-60`}
                    disabled={!canMove}
                    onClick={() => onDeliver(m.id)}
                    aria-label={`Deliver message ${m.id}, ${m.label} from p${m.from} to p${m.to}`}
                  >
                    #{m.id} {m.label} ←p{m.from}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </section>
  );
}
