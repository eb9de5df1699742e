/** After the game: where the same impossibility shows up in systems people use every day. */
export function InPractice() {
  return (
    <section className="card grid gap-3" aria-label="In practice">
      <h3 className="text-lg font-semibold">In practice: nobody waits for certainty</h3>
      <div className="grid gap-4 md:grid-cols-2 text-sm leading-relaxed text-slate-700">
        <div className="grid gap-2">
          <h4 className="font-semibold text-slate-900">TCP&apos;s three-way handshake</h4>
          <HandshakeDiagram />
          <p>
            Opening a TCP connection is a three-message version of your game. The client says <em>SYN</em>, the server answers
            <em> SYN-ACK</em>, the client confirms with <em>ACK</em>. After the third message the client starts sending data, but it
            never learns whether its ACK arrived. TCP does not try to climb the ladder further: it settles for three levels and
            repairs mistakes afterwards, by timing out and retransmitting, or by resetting a connection that went wrong.
          </p>
        </div>
        <div className="grid gap-2">
          <h4 className="font-semibold text-slate-900">What banks do instead</h4>
          <p>
            A card payment crosses several companies&apos; networks, and any reply can go missing. Banks do not hold the money until
            every party is certain of every other party&apos;s knowledge: they could wait forever. They act on what they have, keep
            a careful record of every step, and reconcile the records later. When two ledgers disagree, a compensating entry (a
            refund, a reversal, a fee waived) puts things right.
          </p>
          <p>
            Both answers accept what this game shows: agreement over a network that can lose messages is never certain, so real
            systems bound the damage of being wrong instead of waiting to be sure.
          </p>
        </div>
      </div>
    </section>
  );
}

function HandshakeDiagram() {
  const rows = [
    { y: 40, from: 60, to: 240, label: "SYN" },
    { y: 80, from: 240, to: 60, label: "SYN-ACK" },
    { y: 120, from: 60, to: 240, label: "ACK (did it arrive?)" },
  ];
  return (
    <svg viewBox="0 0 300 150" className="w-full max-w-xs h-auto" role="img" aria-label="TCP three-way handshake between a client and a server">
      <text x="60" y="14" textAnchor="middle" fontSize="11" fontWeight="700" fill="#2563eb">client</text>
      <text x="240" y="14" textAnchor="middle" fontSize="11" fontWeight="700" fill="#d97706">server</text>
      <line x1="60" x2="60" y1="20" y2="145" stroke="#2563eb" strokeWidth="3" />
      <line x1="240" x2="240" y1="20" y2="145" stroke="#d97706" strokeWidth="3" />
      {rows.map((r) => (
        <g key={r.label}>
          <line x1={r.from} x2={r.to} y1={r.y - 12} y2={r.y + 12} stroke="#334155" strokeWidth="1.8" strokeDasharray={r.label.startsWith("ACK") ? "4 3" : undefined} />
          <text x="150" y={r.y - 4} textAnchor="middle" fontSize="10" fill="#0f172a" stroke="#fff" strokeWidth="3" paintOrder="stroke">{r.label}</text>
        </g>
      ))}
    </svg>
  );
}
