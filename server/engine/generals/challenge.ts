/** Two Generals challenge formulas: a general's (the shared pair formula) and the Enemy's. */
import type { ChallengeRule } from "../scenario";
import { pairRule } from "../twoParty/challenge";

export const ENEMY_POINTS = {
  defeat: 100,
  noBattle: 0,
  victory: -100,
  perCapture: -5,
} as const;

const enemy: ChallengeRule = {
  lines: () => [
    `One general attacks alone: +${ENEMY_POINTS.defeat}`,
    `Nobody attacks: ${ENEMY_POINTS.noBattle}`,
    `Both attack (victory): ${ENEMY_POINTS.victory}`,
    `Each messenger you capture: ${ENEMY_POINTS.perCapture}`,
  ],
  score(_seat, night) {
    const captures = night.events.filter((e) => e.type === "capture" && e.by === "enemy").length;
    const base = night.outcome === "victory" ? ENEMY_POINTS.victory : night.outcome === "no-battle" ? ENEMY_POINTS.noBattle : ENEMY_POINTS.defeat;
    return base + captures * ENEMY_POINTS.perCapture;
  },
};

export const GENERALS_CHALLENGE_RULES: Readonly<Record<string, ChallengeRule>> = {
  general: pairRule({
    both: "victory",
    neither: "no-battle",
    alone: (s) => `defeat-${s}`,
    lines: {
      both: "Both armies attack",
      neither: "Nobody attacks",
      aloneYou: "You attack alone",
      aloneOther: "Your ally attacks alone",
      perMessage: "Each messenger you send",
    },
  }),
  enemy,
};
