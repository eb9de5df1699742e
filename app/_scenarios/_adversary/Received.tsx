/** What reached one process, in order of arrival (its own screen). `prefix` names the heading's id. */
interface Props {
  prefix: string;
  received: readonly { id: number; from: number; label: string }[];
}

export function Received({ prefix, received }: Props) {
  return (
    <section className="grid gap-1 text-sm" aria-labelledby={`${prefix}-received`}>
      <h2 id={`${prefix}-received`} className="font-semibold">
        What reached you ({received.length})
      </h2>
      {received.length === 0 ? (
        <p className="text-slate-600">Nothing yet.</p>
      ) : (
        <ol className="flex flex-wrap gap-1 font-mono text-xs">
          {received.map((m) => (
            <li key={m.id} className="rounded border border-slate-300 px-2 py-0.5">
              {m.id}. {m.label} ←p{m.from}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
