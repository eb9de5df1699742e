/**
 * A bot's arena rating (Glicko-2, through the `glicko2` package): one rating per (bot, scenario),
 * one rating period per match, the opponent always par (the house bots' score on the same night),
 * pinned at 1500 with RD 50, so a rating says how often the bot beats the house.
 */
import glicko2 from "glicko2";

export interface Rating {
  rating: number;
  rd: number;
  volatility: number;
}

/** Where a bot starts (the BotRating row's defaults). */
export const FIRST_RATING: Rating = { rating: 1500, rd: 350, volatility: 0.06 };
/** Par as an opponent: fixed, never updated. */
export const PAR_RATING = { rating: 1500, rd: 50 } as const;

/** 1 above par, 0.5 at par, 0 below. */
export function resultAgainstPar(score: number, par: number): 0 | 0.5 | 1 {
  return score > par ? 1 : score === par ? 0.5 : 0;
}

/** The rating after one match scored `result` against par. Pure. */
export function rateMatch(before: Rating, result: number): Rating {
  const system = new glicko2.Glicko2({ tau: 0.5 });
  const bot = system.makePlayer(before.rating, before.rd, before.volatility);
  const par = system.makePlayer(PAR_RATING.rating, PAR_RATING.rd, FIRST_RATING.volatility);
  system.updateRatings([[bot, par, result]]);
  return { rating: bot.getRating(), rd: bot.getRd(), volatility: bot.getVol() };
}
