/** The Two Generals' scoring table, from the engine's own constants (generals/scoring.ts). */
import { GENERALS_SCORING, GENERALS_SCORING_ROWS } from "@/server/engine/generals/scoring";
import { ScoringTable } from "@/app/components/ScoringTable";

const ROWS = GENERALS_SCORING_ROWS.map((r) => ({ outcome: r.outcome, points: r.general, enemy: r.enemy }));

/** `enemy`: also show what the Enemy scores (a game with an Enemy seat). */
export function GeneralsScoring({ enemy = false }: { enemy?: boolean }) {
  return <ScoringTable rows={ROWS} players="generals" messageWord="messenger" messageCost={-GENERALS_SCORING.perMessenger} enemy={enemy} />;
}
