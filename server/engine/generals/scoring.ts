/**
 * The Two Generals scoring table. The same for humans and bots, shown in the game.
 * A messenger costs a little so that "send a thousand" is not free; coordination pays most.
 */
import type { GeneralsSeat, GeneralsState, Outcome } from "./types";

export const GENERALS_SCORING = {
  victory: 10,
  noBattle: 0,
  attackedAlone: -10,
  abandonedAlly: -5,
  perMessenger: -1,
  enemy: { victory: -10, noBattle: 0, defeat: 10 },
} as const;

/** One row per outcome, for the table shown to players. */
export const GENERALS_SCORING_ROWS: { outcome: string; general: string; enemy: number }[] = [
  { outcome: "Both attack (victory)", general: "+10 each", enemy: GENERALS_SCORING.enemy.victory },
  { outcome: "Neither attacks (no battle)", general: "0 each", enemy: GENERALS_SCORING.enemy.noBattle },
  { outcome: "One attacks alone (defeat)", general: "attacker −10, the one who held −5", enemy: GENERALS_SCORING.enemy.defeat },
];

export type GeneralsScores = Partial<Record<GeneralsSeat, number>>;

export function scoreGenerals(state: GeneralsState): GeneralsScores {
  const outcome = state.outcome;
  if (!outcome) throw new Error("scoreGenerals: the game has not ended");
  const sent = { A: 0, B: 0 };
  for (const m of state.messengers) sent[m.from]++;
  const scores: GeneralsScores = {
    A: outcomePoints(outcome, "A") + sent.A * GENERALS_SCORING.perMessenger,
    B: outcomePoints(outcome, "B") + sent.B * GENERALS_SCORING.perMessenger,
  };
  if (state.params.enemy !== "none") scores.enemy = enemyPoints(outcome);
  return scores;
}

function outcomePoints(outcome: Outcome, general: "A" | "B"): number {
  switch (outcome) {
    case "victory":
      return GENERALS_SCORING.victory;
    case "no-battle":
      return GENERALS_SCORING.noBattle;
    case "defeat-A":
      return general === "A" ? GENERALS_SCORING.attackedAlone : GENERALS_SCORING.abandonedAlly;
    case "defeat-B":
      return general === "B" ? GENERALS_SCORING.attackedAlone : GENERALS_SCORING.abandonedAlly;
  }
}

function enemyPoints(outcome: Outcome): number {
  if (outcome === "victory") return GENERALS_SCORING.enemy.victory;
  if (outcome === "no-battle") return GENERALS_SCORING.enemy.noBattle;
  return GENERALS_SCORING.enemy.defeat;
}

/** Did this seat win? Generals win together (victory); the Enemy wins on a defeat. */
export function seatWon(outcome: Outcome, seat: GeneralsSeat): boolean {
  if (seat === "enemy") return outcome === "defeat-A" || outcome === "defeat-B";
  return outcome === "victory";
}
