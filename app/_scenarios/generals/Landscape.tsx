/**
 * The Two Generals' battlefield: two hills, the valley between them, its fog or the Enemy's
 * camp, and a sky that lightens as dawn nears. Messengers are drawn on top as children.
 */
import { CAMP, FIELD } from "./valley";
import type { Skin } from "@/server/protocol/skins";
import { City, Hideout, PoliceCar } from "./City";

export interface LandscapeProps {
  /** Chance a messenger is captured, drawn as fog in the valley. */
  fog: number;
  /** An Enemy camp in the valley instead of fog. */
  enemy: boolean;
  /** 0 at the start of the night, 1 at dawn. */
  dawn: number;
  /** The seat looking at it, marked "you". */
  you?: "A" | "B" | "enemy";
  label?: string;
  /** The gangsters' telling draws a city at night: two hideouts, the streets, a police car. */
  skin?: Skin;
  children?: React.ReactNode;
}

export function Landscape({ fog, enemy, dawn, you, label, skin, children }: LandscapeProps) {
  const city = skin === "gangsters";
  const glow = Math.min(1, Math.max(0, dawn));
  return (
    <svg viewBox={`0 0 ${FIELD.width} ${FIELD.height}`} className="w-full h-auto block rounded-xl" role="img" aria-label={label ?? (city ? "Two hideouts with the city's streets between them" : "Two hills with a valley between them")}>
      <defs>
        <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
          <stop offset="0" stopColor="#0b1324" />
          <stop offset="1" stopColor="#1e2b4a" />
        </linearGradient>
        <linearGradient id="dawn" x1="0" y1="0" x2="0" y2="1">
          <stop offset="0.2" stopColor="#f59e0b" stopOpacity="0" />
          <stop offset="1" stopColor="#fb923c" stopOpacity="0.9" />
        </linearGradient>
        <linearGradient id="fog" x1="0" y1="0" x2="0" y2="1">
          <stop offset="0" stopColor="#e2e8f0" stopOpacity="0" />
          <stop offset="0.6" stopColor="#e2e8f0" stopOpacity="0.85" />
          <stop offset="1" stopColor="#e2e8f0" stopOpacity="0.5" />
        </linearGradient>
      </defs>
      <rect width={FIELD.width} height={FIELD.height} fill="url(#sky)" />
      <rect width={FIELD.width} height={FIELD.height} fill="url(#dawn)" opacity={glow} style={{ transition: "opacity 1s linear" }} />
      <Stars opacity={1 - glow} />
      <circle cx={FIELD.width / 2} cy={FIELD.height - 130 * glow} r="40" fill="#fcd34d" opacity={glow} style={{ transition: "cy 1s linear, opacity 1s linear" }} />
      {city ? (
        <>
          <City />
          {enemy ? <PoliceCar /> : <Fog amount={fog} />}
          <Hideout x={CAMP.A.x} y={CAMP.A.y} color="var(--color-general-a)" name="A" you={you === "A"} />
          <Hideout x={CAMP.B.x} y={CAMP.B.y} color="var(--color-general-b)" name="B" you={you === "B"} />
        </>
      ) : (
        <>
          {/* far ridge, valley floor, the two hills */}
          <path d="M0 200 Q200 150 400 190 T800 180 V300 H0Z" fill="#24324f" />
          <path d="M0 300 V170 Q60 110 140 118 Q240 126 300 230 Q400 290 500 230 Q560 126 660 118 Q740 110 800 170 V300Z" fill="#2f4a35" />
          <path d="M300 230 Q400 290 500 230 L520 300 H280Z" fill="#263d2c" />
          {enemy ? <EnemyCamp /> : <Fog amount={fog} />}
          <Camp x={CAMP.A.x} y={CAMP.A.y} color="var(--color-general-a)" name="A" you={you === "A"} />
          <Camp x={CAMP.B.x} y={CAMP.B.y} color="var(--color-general-b)" name="B" you={you === "B"} />
        </>
      )}
      {children}
    </svg>
  );
}

function Stars({ opacity }: { opacity: number }) {
  const stars = [
    [60, 30], [130, 60], [220, 24], [300, 70], [360, 36], [450, 58], [520, 20], [590, 64], [700, 34], [760, 76], [410, 100], [250, 110],
  ];
  return (
    <g fill="#e2e8f0" opacity={opacity * 0.8}>
      {stars.map(([x, y]) => (
        <circle key={`${x}-${y}`} cx={x} cy={y} r={1.4} />
      ))}
    </g>
  );
}

function Fog({ amount }: { amount: number }) {
  if (amount <= 0) return null;
  const opacity = Math.min(0.95, 0.25 + amount);
  return (
    <g opacity={opacity}>
      <ellipse cx="400" cy="250" rx="150" ry="42" fill="url(#fog)" />
      <ellipse cx="330" cy="240" rx="70" ry="20" fill="#e2e8f0" opacity="0.35" />
      <ellipse cx="470" cy="236" rx="80" ry="18" fill="#e2e8f0" opacity="0.3" />
    </g>
  );
}

function EnemyCamp() {
  return (
    <g aria-label="The Enemy's camp">
      {[360, 400, 440].map((x) => (
        <path key={x} d={`M${x - 16} 268 L${x} 244 L${x + 16} 268Z`} fill="var(--color-enemy)" stroke="#4c0519" strokeWidth="1.5" />
      ))}
      <circle cx="470" cy="262" r="5" fill="#fb923c" />
    </g>
  );
}

function Camp({ x, y, color, name, you }: { x: number; y: number; color: string; name: string; you: boolean }) {
  return (
    <g>
      <path d={`M${x - 26} ${y} L${x} ${y - 34} L${x + 26} ${y}Z`} fill={color} stroke="#0b1324" strokeWidth="2" />
      <line x1={x} y1={y - 34} x2={x} y2={y - 58} stroke="#e2e8f0" strokeWidth="2" />
      <path d={`M${x} ${y - 58} L${x + 18} ${y - 52} L${x} ${y - 46}Z`} fill={color} />
      <text x={x} y={y + 22} textAnchor="middle" fontSize="16" fontWeight="700" fill="#f8fafc">
        {you ? `You (${name})` : `General ${name}`}
      </text>
    </g>
  );
}
