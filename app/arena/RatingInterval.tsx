/**
 * A rating as a picture: its ±2·RD interval as a bar on a scale shared by every row of the table,
 * the rating a dot in it, par (1500, what the house bots score) a dashed line. Numbers beside it.
 */

/** The scale every bar of one table is drawn on: it holds each interval and par. */
export interface RatingScale {
  min: number;
  max: number;
}

export const PAR_RATING = 1500;

/** A scale that fits these ratings' ±2·RD intervals and par, rounded out to 100 points. */
export function ratingScale(rows: readonly { rating: number; rd: number }[]): RatingScale {
  const lows = rows.map((r) => r.rating - 2 * r.rd);
  const highs = rows.map((r) => r.rating + 2 * r.rd);
  const min = Math.floor(Math.min(PAR_RATING - 100, ...lows) / 100) * 100;
  const max = Math.ceil(Math.max(PAR_RATING + 100, ...highs) / 100) * 100;
  return { min, max };
}

export function RatingInterval({ rating, rd, scale }: { rating: number; rd: number; scale: RatingScale }) {
  const at = (x: number) => `${(((Math.min(scale.max, Math.max(scale.min, x)) - scale.min) / (scale.max - scale.min)) * 100).toFixed(2)}%`;
  const low = rating - 2 * rd;
  const high = rating + 2 * rd;
  const label = `rating ${Math.round(rating)}, likely between ${Math.round(low)} and ${Math.round(high)}`;
  return (
    <div className="relative h-4 w-full min-w-16" role="img" aria-label={label} title={label}>
      <div className="absolute inset-x-0 top-1/2 h-px bg-slate-200" />
      <div className="absolute top-1 bottom-1 rounded-full bg-amber-300/70" style={{ left: at(low), width: `calc(${at(high)} - ${at(low)})` }} />
      <div className="absolute top-0 bottom-0 border-l border-dashed border-slate-500" style={{ left: at(PAR_RATING) }} />
      <div className="absolute top-0.5 h-3 w-3 -translate-x-1/2 rounded-full bg-amber-600 ring-2 ring-white" style={{ left: at(rating) }} />
    </div>
  );
}
