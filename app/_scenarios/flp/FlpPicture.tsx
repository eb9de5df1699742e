/**
 * FLP's picture: three processes around the message buffer, a few envelopes in it, and the
 * scheduler's hand choosing the next step. Pure SVG with words for screen readers; no hooks (the
 * introduction renders it on the server, the briefing in the browser).
 */

const PROCESSES = [
  { x: 60, y: 52, name: "p1", input: 0 },
  { x: 260, y: 52, name: "p2", input: 1 },
  { x: 160, y: 178, name: "p3", input: 1 },
] as const;

const ENVELOPES = [
  { x: 118, y: 92, label: "p1→p2", next: false },
  { x: 164, y: 92, label: "p2→p3", next: true },
  { x: 140, y: 120, label: "p3→p1", next: false },
] as const;

export function FlpPicture({ label, compact = false }: { label?: string; compact?: boolean }) {
  const words =
    label ??
    "Three processes, p1 with input 0, p2 and p3 with input 1, around a message buffer holding three envelopes. The scheduler picks the next step: here it delivers the envelope from p2 to p3.";
  return (
    <svg viewBox="0 0 320 224" role="img" aria-label={words} className={`w-full h-auto ${compact ? "max-h-40" : "max-h-64"}`}>
      <title>{words}</title>
      <rect x="96" y="70" width="128" height="84" rx="14" fill="#fef3c7" stroke="#f59e0b" strokeWidth="2" strokeDasharray="6 4" />
      <text x="160" y="148" textAnchor="middle" fontSize="11" fill="#92400e" fontWeight="600">buffer</text>
      {/* The lines from the buffer to each process. */}
      {PROCESSES.map((p) => (
        <line key={p.name} x1="160" y1="112" x2={p.x} y2={p.y} stroke="#cbd5e1" strokeWidth="2" />
      ))}
      <path d="M186 112 Q 200 150 172 168" fill="none" stroke="#7c3aed" strokeWidth="2.5" markerEnd="url(#flp-arrow)" />
      <defs>
        <marker id="flp-arrow" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="6" markerHeight="6" orient="auto">
          <path d="M0 0 L10 5 L0 10 z" fill="#7c3aed" />
        </marker>
      </defs>
      {ENVELOPES.map((e) => (
        <g key={e.label} transform={`translate(${e.x - 18} ${e.y - 11})`}>
          <rect width="36" height="22" rx="3" fill={e.next ? "#ede9fe" : "#fff"} stroke={e.next ? "#7c3aed" : "#94a3b8"} strokeWidth={e.next ? 2.5 : 1.5} />
          <path d="M0 0 L18 12 L36 0" fill="none" stroke={e.next ? "#7c3aed" : "#94a3b8"} strokeWidth="1.5" />
        </g>
      ))}
      {PROCESSES.map((p) => (
        <g key={p.name}>
          <circle cx={p.x} cy={p.y} r="30" fill="#1e293b" />
          <text x={p.x} y={p.y - 3} textAnchor="middle" fontSize="16" fontWeight="700" fill="#fff">{p.name}</text>
          <text x={p.x} y={p.y + 14} textAnchor="middle" fontSize="11" fill="#cbd5e1">input {p.input}</text>
        </g>
      ))}
      <g transform="translate(214 196)">
        <rect x="-4" y="-14" width="104" height="22" rx="11" fill="#7c3aed" />
        <text x="48" y="1" textAnchor="middle" fontSize="11" fontWeight="700" fill="#fff">bivalent</text>
      </g>
    </svg>
  );
}
