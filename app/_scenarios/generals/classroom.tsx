/** The Two Generals in a class: the knowledge-ladder debrief, and the host's own round. */
import { GENERAL_STRATEGIES, STRATEGY_DESCRIPTIONS } from "@/server/engine/generals/strategies";
import { KNOWLEDGE_LADDER_DEBRIEF } from "@/app/class/_ui/knowledgeLadder";
import { GeneralsRoundFields } from "./lazy";
import { customRoundUi, type ClassUi, type CustomRoundSpec } from "../classUi";
import { tellingOf } from "./telling";

/** The host's choices: the valley (a capture probability, or a reading Enemy bot) and the dawn. */
export interface GeneralsRoundChoices {
  valley: number | "enemy";
  dawnTick: number;
}

export const classroom: ClassUi = {
  outcomeWords: tellingOf(undefined).classOutcomes,
  outcomeWordsIn: (skin) => tellingOf(skin).classOutcomes,
  badge: "bg-blue-100 text-blue-900",
  ...KNOWLEDGE_LADDER_DEBRIEF,
  customRound: customRoundUi<GeneralsRoundChoices>({
    defaults: { valley: 0.3, dawnTick: 20 },
    Fields: GeneralsRoundFields,
    seats: () => ["A", "B"],
    botStrategies: GENERAL_STRATEGIES.map((s) => ({ value: s, label: s, blurb: STRATEGY_DESCRIPTIONS[s] })),
    defaultBot: GENERAL_STRATEGIES[1],
    allStudents: "pairs",
    toSpec: ({ valley, dawnTick }): CustomRoundSpec => {
      if (valley === "enemy") return { params: { enemy: "bot", captureProbability: 0, dawnTick }, bots: { enemy: "adversarial" } };
      return { params: { enemy: "none", captureProbability: valley, dawnTick }, bots: {} };
    },
  }),
};
