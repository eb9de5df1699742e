/**
 * The Lovers' scoring table. The rows are in the Lovers' words (lovers/view.ts); the numbers
 * are the generals', whose rules and scoring the Lovers' engine reuses (lovers/index.ts).
 */
import { GENERALS_SCORING } from "@/server/engine/generals/scoring";
import { LOVERS_SCORING_ROWS } from "@/server/engine/lovers/view";
import { ScoringTable } from "@/app/components/ScoringTable";

export function LoversScoring() {
  return <ScoringTable rows={LOVERS_SCORING_ROWS} players="lovers" messageWord="SMS" messageCost={-GENERALS_SCORING.perMessenger} />;
}
