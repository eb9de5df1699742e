/** The Two Generals' scoring table, from the engine's own constants (generals/scoring.ts), in the game's telling. */
import { GENERALS_SCORING, GENERALS_SCORING_ROWS } from "@/server/engine/generals/scoring";
import type { Skin } from "@/server/protocol/skins";
import { ScoringTable } from "@/app/components/ScoringTable";

const S = GENERALS_SCORING;
const ROWS = GENERALS_SCORING_ROWS.map((r) => ({ outcome: r.outcome, points: r.general, enemy: r.enemy }));
/** The same rows, points and order in the gangsters' words. */
const GANG_OUTCOMES = ["Both pull the job (it comes off)", "Both lie low (nothing doing)", "One goes alone (busted)"];
const GANG_ROWS = ROWS.map((r, i) => ({ ...r, outcome: GANG_OUTCOMES[i], points: i === 2 ? `the one who went ${S.attackedAlone}, the one who laid low ${S.abandonedAlly}` : r.points }));

/** `enemy`: also show what the Enemy scores (a game with an Enemy seat). */
export function GeneralsScoring({ enemy = false, skin }: { enemy?: boolean; skin?: Skin }) {
  if (skin === "gangsters") return <ScoringTable rows={GANG_ROWS} players="bosses" messageWord="courier" messageCost={-S.perMessenger} enemy={enemy} enemyWord="Police" />;
  return <ScoringTable rows={ROWS} players="generals" messageWord="messenger" messageCost={-S.perMessenger} enemy={enemy} />;
}
