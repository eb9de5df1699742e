/**
 * Where the space-time diagram puts things, for the width it is given. Wide: time runs left to
 * right, one line per party. Narrow (a phone): time runs down, one column per party, so that the
 * whole game fits the width at a readable size instead of a wide drawing shrunk or cut off.
 * Pure: the diagram measures its box and asks.
 */

export type Orientation = "horizontal" | "vertical";

/** Below this width (CSS px) time runs down the screen. */
export const VERTICAL_BELOW = 520;

export interface DiagramLayoutOptions {
  /** The box's width in CSS px; null before it is measured (the server's render). */
  width: number | null;
  endTick: number;
  parties: number;
  compact: boolean;
  /** The longest party name, in characters: wide, the names' margin grows to fit it. */
  nameChars?: number;
}

export interface DiagramLayout {
  orientation: Orientation;
  /** The drawing's size in its own units; equal to CSS px once measured. */
  width: number;
  height: number;
  /** The point of party number `party` at `tick`. */
  point(tick: number, party: number): [number, number];
  /** Pixels per tick along the time axis. */
  unit: number;
  /** The tick nearest a point of the drawing (in its own units), within 0..endTick. */
  tickAt(x: number, y: number): number;
  /** Ticks to label on the time axis. */
  ticks: number[];
  /** The vertical layout's gutter: the time axis labels and the thumb's rail. */
  gutter: number;
  /** Where the parties' names sit, above their columns (vertical) or left of their lines (horizontal). */
  nameAt(party: number): [number, number];
}

// Wide: room on the left for the names, on the right past the end line.
const LEFT = 84;
/** A party name's bold 13 px characters are about this wide. */
const NAME_CHAR_PX = 8;
const RIGHT = 40;
const TOP = 46;
const GAP = 130;
/** With more than two parties, lines sit closer so that seven still fit a screen. */
const GAP_MANY = 62;
// Narrow: a gutter for the axis (and a thumb), the names on top.
const GUTTER = 56;
const V_TOP = 44;
const V_BOTTOM = 34;
const V_SIDE = 58;
const V_SIDE_MANY = 22;
/** Time running down stops growing past this height (CSS px)... */
const V_MOST = 1_400;
/** ...until its ticks are this close. */
const V_MIN_UNIT = 3;

export function diagramLayout({ width, endTick, parties, compact, nameChars = 0 }: DiagramLayoutOptions): DiagramLayout {
  const end = Math.max(1, endTick);
  const many = parties > 2;
  const clampTick = (t: number) => Math.max(0, Math.min(endTick, Math.round(t)));
  const step = (unit: number) => {
    // At least ~28 px between labels.
    for (const s of [1, 2, 5, 10, 20, 50]) if (s * unit >= 28 && end / s <= 25) return s;
    return 100;
  };
  const ticksEvery = (s: number) => Array.from({ length: Math.floor(endTick / s) + 1 }, (_, i) => i * s);

  if (width !== null && width < VERTICAL_BELOW) {
    // A long game (Falcon's hundreds of 100 ms ticks) packs its ticks closer, to stay within a few screens.
    const readable = compact ? Math.max(12, Math.min(20, 340 / end)) : Math.max(14, Math.min(26, 640 / end));
    const unit = end * readable > V_MOST ? Math.max(V_MIN_UNIT, V_MOST / end) : readable;
    const side = many ? V_SIDE_MANY : V_SIDE;
    const left = GUTTER + side;
    const right = width - side;
    const column = (party: number) => (parties <= 1 ? (left + right) / 2 : left + ((right - left) * party) / (parties - 1));
    const y = (tick: number) => V_TOP + tick * unit;
    return {
      orientation: "vertical",
      width,
      height: V_TOP + end * unit + V_BOTTOM,
      unit,
      point: (tick, party) => [column(party), y(tick)],
      tickAt: (_x, py) => clampTick((py - V_TOP) / unit),
      ticks: ticksEvery(step(unit)),
      gutter: GUTTER,
      nameAt: (party) => [column(party), 20],
    };
  }

  // Wide, or not measured yet: fit the measured width; before that, a natural width the box scales.
  const left = Math.max(LEFT, Math.ceil(nameChars * NAME_CHAR_PX) + 16);
  const natural = compact ? Math.max(20, 420 / end) : Math.max(26, Math.min(52, 720 / end));
  // Drawn 1:1 even for a long game (Falcon's hundreds of ticks), so that its text keeps its size.
  const unit = width === null ? natural : Math.max(0.5, (width - left - RIGHT) / end);
  // Axis labels at least ~40 px apart.
  const across = [10, 20, 50, 100, 200, 500].find((s) => s * unit >= 40) ?? 1_000;
  const gap = many ? GAP_MANY : GAP;
  const line = (party: number) => TOP + gap * party;
  return {
    orientation: "horizontal",
    width: left + end * unit + RIGHT,
    height: TOP + gap * (parties - 1) + 56,
    unit,
    point: (tick, party) => [left + tick * unit, line(party)],
    tickAt: (px) => clampTick((px - left) / unit),
    ticks: ticksEvery(end > 40 ? across : end > 20 ? 5 : 2),
    gutter: 0,
    nameAt: (party) => [left - 10, line(party)],
  };
}

/**
 * Which arrows keep their label: along the time axis, each label takes `from..to`; going in
 * time order, a label is kept when it starts clear of the last one kept, so labels never cover
 * each other (a burst of heartbeats keeps its first label, not a smudge of six).
 */
export function spacedLabels(labels: readonly { id: number; from: number; to: number }[]): Set<number> {
  const kept = new Set<number>();
  let clearFrom = -Infinity;
  for (const label of [...labels].sort((a, b) => a.from - b.from)) {
    if (label.from < clearFrom) continue;
    kept.add(label.id);
    clearFrom = label.to + 4;
  }
  return kept;
}
