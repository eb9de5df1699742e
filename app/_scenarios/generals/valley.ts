/** Geometry of the battlefield drawing: where the camps are and the path a messenger walks. */
export const FIELD = { width: 800, height: 300 } as const;
export const CAMP = { A: { x: 140, y: 128 }, B: { x: 660, y: 128 } } as const;
const VALLEY_DEPTH = 118;

/** The point a fraction `f` (0..1) of the way from one camp to the other, through the valley. */
export function pathPoint(from: "A" | "B", f: number): { x: number; y: number } {
  const t = Math.min(1, Math.max(0, from === "A" ? f : 1 - f));
  return {
    x: CAMP.A.x + (CAMP.B.x - CAMP.A.x) * t,
    y: CAMP.A.y + 14 + VALLEY_DEPTH * Math.sin(Math.PI * t),
  };
}

/** How far across a messenger is at `tick` (0 at departure, 1 at arrival). */
export function progress(tick: number, sentAt: number, arrivesAt: number): number {
  if (arrivesAt <= sentAt) return 1;
  return Math.min(1, Math.max(0, (tick - sentAt) / (arrivesAt - sentAt)));
}
