/**
 * The Two Generals' briefing for one seat, from the announced parameters only (every one of
 * them is announced to every seat: generals/disclosure.ts).
 */
import type { BriefingProps } from "../playUi";
import { BriefingCard, percent } from "@/app/components/BriefingCard";
import { GENERALS_SCORING } from "@/server/engine/generals/scoring";
import { Landscape } from "./Landscape";

const S = GENERALS_SCORING;

export function GeneralsBriefing({ seat, params }: BriefingProps) {
  const enemy = params.enemy === "bot" || params.enemy === "human";
  const fog = typeof params.captureProbability === "number" ? params.captureProbability : 0;
  const dawn = typeof params.dawnTick === "number" ? params.dawnTick : null;
  const crossing = typeof params.crossingTicks === "number" ? params.crossingTicks : null;
  const you = seat === "A" || seat === "B" || seat === "enemy" ? seat : undefined;
  const danger = enemy ? "the Enemy in the valley may capture any of them" : `each is captured with a ${percent(fog) ?? "known"} chance`;
  const crossingText = crossing === null ? "Messengers" : `A messenger takes ${crossing} tick${crossing === 1 ? "" : "s"} to cross, and`;
  const picture = (
    <Landscape fog={enemy ? 0 : fog} enemy={enemy} dawn={0} you={you} label={`Two hills with a valley between them${enemy ? " and the Enemy's camp in it" : ", the valley in fog"}${you ? `; you are ${you === "enemy" ? "the Enemy" : `General ${you}`}` : ""}`} />
  );

  if (seat === "enemy") {
    return (
      <BriefingCard picture={picture} role="You are the Enemy in the valley">
        <p>Two generals must both attack at dawn{dawn === null ? "" : ` (tick ${dawn})`} to win. Their messengers cross your valley: capture the ones that matter, so that one general attacks alone.</p>
        <p>
          You score <strong>+{S.enemy.defeat}</strong> if one attacks alone, <strong>{S.enemy.victory}</strong> if both attack, {S.enemy.noBattle} if neither does.
        </p>
      </BriefingCard>
    );
  }
  const role = seat === "A" ? "You are General A, and you hold the plan" : seat === "B" ? "You are General B, waiting for the plan" : "You will be one of the two generals";
  return (
    <BriefingCard picture={picture} role={role}>
      <p>
        {seat === "B"
          ? "General A has the plan: attack at dawn. You learn it only when one of A's messengers reaches you."
          : "The plan is to attack at dawn, together: an army that attacks alone is defeated."}{" "}
        {crossingText} {danger}. Commit to attack or hold before dawn{dawn === null ? "" : ` (tick ${dawn})`}.
      </p>
      <p>
        Both attack: <strong>+{S.victory} each</strong>. One attacks alone: <strong>{S.attackedAlone}</strong> for it, {S.abandonedAlly} for the one who held. Neither: {S.noBattle}. Each messenger you send costs {-S.perMessenger}.
      </p>
    </BriefingCard>
  );
}
