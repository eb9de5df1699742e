import { AdversaryCircle } from "../_adversary/AdversaryCircle";

/** A small picture of Ben-Or: processes on a circle, each with its bit and a coin, the adversary in the middle. */
export function BenorPicture({ n = 3, me, label }: { n?: number; me?: number; label: string }) {
  return <AdversaryCircle n={n} me={me} label={label} mark={(_, p) => <circle cx={p.x + 12} cy={p.y - 11} r={5} className="fill-amber-400 stroke-amber-700" />} />;
}
