/**
 * The gangsters' telling of the battlefield (Landscape.tsx): a city at night. The two hideouts
 * stand where the generals' camps stand and the couriers walk the same path (valley.ts), down
 * through the streets between them; the police car parks where the Enemy camps.
 */
const SKYLINE = [
  [0, 150, 50], [55, 120, 40], [100, 165, 60], [265, 140, 45], [315, 175, 40], [360, 130, 35], [400, 160, 50],
  [455, 125, 40], [500, 170, 35], [540, 145, 50], [720, 135, 45], [770, 160, 30],
] as const;

export function City() {
  return (
    <g>
      {/* far towers */}
      {SKYLINE.map(([x, top, w]) => (
        <rect key={x} x={x} y={top} width={w} height={300 - top} fill="#1f2a44" />
      ))}
      {/* the streets: a sunken crossing between the two blocks, pavement and lamps */}
      <path d="M0 300 V150 H230 Q300 150 320 250 H480 Q500 150 570 150 H800 V300Z" fill="#2b3245" />
      <path d="M290 240 H510 L530 300 H270Z" fill="#3a3f4f" />
      <path d="M300 272 H500" stroke="#facc15" strokeWidth="3" strokeDasharray="14 12" opacity="0.7" />
      {[330, 470].map((x) => (
        <g key={x}>
          <line x1={x} y1={250} x2={x} y2={212} stroke="#94a3b8" strokeWidth="3" />
          <circle cx={x} cy={210} r="5" fill="#fde68a" />
          <circle cx={x} cy={210} r="16" fill="#fde68a" opacity="0.18" />
        </g>
      ))}
    </g>
  );
}

export function PoliceCar() {
  return (
    <g aria-label="The police car in the streets">
      <rect x="366" y="250" width="68" height="18" rx="5" fill="#e2e8f0" stroke="#0b1324" strokeWidth="1.5" />
      <path d="M378 250 L386 238 H414 L422 250Z" fill="#1e3a8a" stroke="#0b1324" strokeWidth="1.5" />
      <rect x="393" y="232" width="6" height="6" fill="#ef4444" />
      <rect x="401" y="232" width="6" height="6" fill="#3b82f6" />
      <circle cx="382" cy="269" r="6" fill="#0b1324" />
      <circle cx="418" cy="269" r="6" fill="#0b1324" />
    </g>
  );
}

/** A boss's hideout: a block with lit windows and a fedora over the door, in the gang's colour. */
export function Hideout({ x, y, color, name, you }: { x: number; y: number; color: string; name: string; you: boolean }) {
  return (
    <g>
      <rect x={x - 38} y={y - 56} width="76" height="56" fill={color} stroke="#0b1324" strokeWidth="2" />
      {[-24, 0, 24].map((dx) => (
        <rect key={dx} x={x + dx - 7} y={y - 46} width="14" height="14" fill="#fde68a" opacity="0.9" />
      ))}
      <rect x={x - 8} y={y - 22} width="16" height="22" fill="#0b1324" />
      {/* the fedora on the roof: the gang's sign, drawn light against the night */}
      <path d={`M${x - 26} ${y - 62} H${x + 26}`} stroke="#e2e8f0" strokeWidth="4" strokeLinecap="round" />
      <path d={`M${x - 14} ${y - 62} Q${x - 13} ${y - 80} ${x} ${y - 76} Q${x + 13} ${y - 80} ${x + 14} ${y - 62}Z`} fill="#e2e8f0" />
      <path d={`M${x - 13} ${y - 66} H${x + 13}`} stroke="#0b1324" strokeWidth="3" />
      <text x={x} y={y + 22} textAnchor="middle" fontSize="16" fontWeight="700" fill="#f8fafc">
        {you ? `You (${name})` : `Boss ${name}`}
      </text>
    </g>
  );
}
