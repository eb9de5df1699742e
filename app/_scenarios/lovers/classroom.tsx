/** The Two Insecure Lovers in a class: the knowledge-ladder debrief, and the host's own round. */
import { LOVERS_STRATEGIES, LOVERS_STRATEGY_DESCRIPTIONS } from "@/server/engine/lovers/strategies";
import { KNOWLEDGE_LADDER_DEBRIEF } from "@/app/class/_ui/knowledgeLadder";
import { LoversRoundFields } from "./lazy";
import { customRoundUi, type ClassUi } from "../classUi";

/** The host's choices: the announced loss, and whether the night is secretly lucky. */
export interface LoversRoundChoices {
  loss: number;
  luckyNight: boolean;
}

export const classroom: ClassUi = {
  outcomeWords: { success: "Met", neither: "Both stayed home", unsafe: "Stood up" },
  badge: "bg-pink-100 text-pink-900",
  ...KNOWLEDGE_LADDER_DEBRIEF,
  customRound: customRoundUi<LoversRoundChoices>({
    defaults: { loss: 0.3, luckyNight: false },
    Fields: LoversRoundFields,
    seats: () => ["alice", "bob"],
    botStrategies: LOVERS_STRATEGIES.map((s) => ({ value: s, label: s, blurb: LOVERS_STRATEGY_DESCRIPTIONS[s] })),
    defaultBot: LOVERS_STRATEGIES[1],
    allStudents: "pairs",
    toSpec: ({ loss, luckyNight }) => ({ params: { lossProbability: loss, luckyNight }, bots: {} }),
  }),
};
