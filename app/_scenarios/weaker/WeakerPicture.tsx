/** A small picture of weaker agreement: processes on a circle around the adversary, the chosen ones (k-set) marked with a value to send. */
export function WeakerPicture({ n = 3, chosen = 0, me, label }: { n?: number; chosen?: number; me?: number; label: string }) {
  const R = 44;
  const points = Array.from({ length: n }, (_, i) => {
    const a = -Math.PI / 2 + (2 * Math.PI * i) / n;
    return { x: 80 + R * Math.cos(a), y: 62 + R * Math.sin(a) };
  });
  return (
    <svg viewBox="0 0 160 124" className="w-full max-w-56 mx-auto" role="img" aria-label={label}>
      {points.map((p, i) => (
        <line key={`l${i}`} x1={p.x} y1={p.y} x2={80} y2={62} className="stroke-slate-300" strokeDasharray="3 3" />
      ))}
      <circle cx={80} cy={62} r={11} className="fill-rose-100 stroke-rose-500" />
      <text x={80} y={66} textAnchor="middle" className="fill-rose-700 text-[10px] font-bold">
        A
      </text>
      {points.map((p, i) => (
        <g key={i}>
          <circle cx={p.x} cy={p.y} r={13} className={me === i + 1 ? "fill-sky-200 stroke-sky-700" : "fill-white stroke-slate-600"} strokeWidth={me === i + 1 ? 2 : 1} />
          <text x={p.x} y={p.y + 4} textAnchor="middle" className="fill-slate-800 text-[10px]">
            p{i + 1}
          </text>
          {i < chosen && <rect x={p.x + 7} y={p.y - 17} width={10} height={8} rx={1} className="fill-teal-300 stroke-teal-700" />}
        </g>
      ))}
    </svg>
  );
}
