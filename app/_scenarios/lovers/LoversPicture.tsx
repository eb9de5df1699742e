/** Two phones under a night sky, with a text on its way between them. */
export function LoversPicture() {
  return (
    <svg viewBox="0 0 800 300" className="w-full h-auto block rounded-xl" role="img" aria-label="Alice and Bob each holding a phone, a text message crossing between them">
      <defs>
        <linearGradient id="night-sky" x1="0" y1="0" x2="0" y2="1">
          <stop offset="0" stopColor="#1e1b4b" />
          <stop offset="1" stopColor="#831843" />
        </linearGradient>
      </defs>
      <rect width="800" height="300" fill="url(#night-sky)" />
      <circle cx="660" cy="60" r="26" fill="#fef3c7" />
      <circle cx="672" cy="52" r="24" fill="#3b1a4e" />
      <path d="M0 300 V230 H90 V170 H150 V210 H230 V150 H290 V230 H380 V190 H440 V240 H520 V160 H600 V215 H680 V180 H740 V230 H800 V300Z" fill="#0f0a1f" />
      {[
        { x: 150, name: "Alice", color: "#2563eb" },
        { x: 650, name: "Bob", color: "#d97706" },
      ].map((p) => (
        <g key={p.name}>
          <rect x={p.x - 34} y={96} width={68} height={120} rx={12} fill="#0f172a" stroke={p.color} strokeWidth="4" />
          <rect x={p.x - 26} y={108} width={52} height={92} rx={6} fill="#fdf2f8" />
          <rect x={p.x - 20} y={118} width={34} height={12} rx={6} fill={p.color} opacity="0.8" />
          <rect x={p.x - 14} y={138} width={28} height={12} rx={6} fill="#cbd5e1" />
          <text x={p.x} y={244} textAnchor="middle" fontSize="18" fontWeight="700" fill="#fdf2f8">{p.name}</text>
        </g>
      ))}
      <path d="M200 130 Q400 40 600 130" stroke="#fbcfe8" strokeWidth="3" strokeDasharray="6 8" fill="none" />
      <g transform="translate(390 70)">
        <rect x="-30" y="-16" width="60" height="32" rx="12" fill="#f43f5e" />
        <text y="6" textAnchor="middle" fontSize="14" fill="#fff">❤ ?</text>
      </g>
    </svg>
  );
}
