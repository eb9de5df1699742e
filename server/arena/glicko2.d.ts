/** The part of the `glicko2` package (CommonJS, untyped) that server/arena/rating.ts uses. */
declare module "glicko2" {
  interface Glicko2Player {
    getRating(): number;
    getRd(): number;
    getVol(): number;
  }
  interface Glicko2System {
    makePlayer(rating?: number, rd?: number, vol?: number): Glicko2Player;
    updateRatings(matches: [Glicko2Player, Glicko2Player, number][]): void;
  }
  const glicko2: { Glicko2: new (settings?: { tau?: number; rating?: number; rd?: number; vol?: number }) => Glicko2System };
  export default glicko2;
}
