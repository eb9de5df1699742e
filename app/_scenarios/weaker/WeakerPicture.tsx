import { AdversaryCircle } from "../_adversary/AdversaryCircle";

/** A small picture of weaker agreement: processes on a circle around the adversary, the chosen ones (k-set) marked with a value to send. */
export function WeakerPicture({ n = 3, chosen = 0, me, label }: { n?: number; chosen?: number; me?: number; label: string }) {
  return (
    <AdversaryCircle
      n={n}
      me={me}
      label={label}
      mark={(i, p) => i < chosen && <rect x={p.x + 7} y={p.y - 17} width={10} height={8} rx={1} className="fill-teal-300 stroke-teal-700" />}
    />
  );
}
