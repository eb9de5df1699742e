/**
 * A lover's phone: the SMS it sent (with no delivery receipts: the network never says) and
 * the ones that reached it, in time order.
 */
import type { LoverView } from "@/server/engine/lovers/view";
import { clockLabel } from "@/app/components/clock";

const TEXT = { proposal: "Let's meet at midnight?", ack: (n: number) => `Got ${n === 1 ? "your message" : `${n} of your messages`} ❤` };

export function Phone({ view }: { view: LoverView }) {
  const other = view.seat === "alice" ? "Bob" : "Alice";
  const items = [
    ...view.sent.map((m) => ({ key: `s${m.id}`, at: m.sentAt, mine: true, text: m.kind === "proposal" ? TEXT.proposal : TEXT.ack(m.acked), id: m.id })),
    ...view.received.map((m) => ({ key: `r${m.id}`, at: m.arrivedAt, mine: false, text: m.kind === "proposal" ? TEXT.proposal : TEXT.ack(m.acked), id: m.id })),
    // Sent and received ids are separate frames (1..k, 1..m): within an hour, arrivals come first
    // (they land as the hour begins), then each list in its own order.
  ].sort((a, b) => a.at - b.at || Number(a.mine) - Number(b.mine) || a.id - b.id);
  return (
    <section aria-label="Your phone" className="mx-auto w-full max-w-sm rounded-[2.2rem] bg-slate-900 p-3 shadow-lg">
      <div className="rounded-[1.7rem] bg-gradient-to-b from-rose-50 to-white overflow-hidden">
        <div className="flex items-center justify-between px-5 pt-3 pb-2 text-xs text-slate-500">
          <span>{clockLabel("hour", view.tick)}</span>
          <span className="font-semibold text-slate-800">{other}</span>
          <span>{Math.round(view.params.lossProbability * 100)}% lost</span>
        </div>
        <ol className="grid gap-2 px-3 pb-4 min-h-56 content-start" aria-label="Messages">
          {items.length === 0 && <li className="text-center text-sm text-slate-500 py-10">No messages yet.</li>}
          {items.map((item) => (
            <li key={item.key} className={`max-w-[80%] ${item.mine ? "justify-self-end text-right" : "justify-self-start"}`}>
              <p className={`rounded-2xl px-3 py-2 text-sm ${item.mine ? "bg-rose-700 text-white rounded-br-sm" : "bg-slate-200 text-slate-900 rounded-bl-sm"}`}>{item.text}</p>
              <p className="text-[11px] text-slate-500 mt-0.5">
                {item.mine ? `sent ${clockLabel("hour", item.at)} · delivered? no way to know` : `arrived ${clockLabel("hour", item.at)}`}
              </p>
            </li>
          ))}
        </ol>
      </div>
    </section>
  );
}
