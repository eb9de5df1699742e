/** The Lovers' briefing for one seat: the loss probability and the night's length are all a lover is told. */
import type { BriefingProps } from "../playUi";
import { BriefingCard, percent } from "@/app/components/BriefingCard";
import { GENERALS_SCORING } from "@/server/engine/generals/scoring";
import { LoversPicture } from "./LoversPicture";

const S = GENERALS_SCORING;

export function LoversBriefing({ seat, params }: BriefingProps) {
  const loss = percent(params.lossProbability);
  const role = seat === "alice" ? "You are Alice, and you want a date" : seat === "bob" ? "You are Bob" : "You will be Alice or Bob";
  return (
    <BriefingCard picture={<LoversPicture />} role={role}>
      <p>
        {seat === "bob" ? "Alice may ask you to meet at midnight: you learn it only if her SMS reaches you." : "Alice wants to meet Bob at midnight, but only if the other surely comes."}{" "}
        Each SMS takes an hour{loss ? ` and is lost with a ${loss} chance` : " and may be lost"}. By midnight, decide: show up or stay home.
      </p>
      <p>
        Both show up: <strong>+{S.victory} each</strong>. One shows up alone: <strong>{S.attackedAlone}</strong>, and {S.abandonedAlly} for the one at home. Each SMS costs {-S.perMessenger}.
      </p>
    </BriefingCard>
  );
}
