/**
 * The Two Generals' briefing for one seat, from the announced parameters only (every one of
 * them is announced to every seat: generals/disclosure.ts), in the game's telling.
 */
import type { BriefingProps } from "../playUi";
import { BriefingCard, percent } from "@/app/components/BriefingCard";
import { GENERALS_SCORING } from "@/server/engine/generals/scoring";
import { Landscape } from "./Landscape";
import { tellingOf } from "./telling";

const S = GENERALS_SCORING;

export function GeneralsBriefing({ seat, params, skin }: BriefingProps) {
  const t = tellingOf(skin);
  const enemy = params.enemy === "bot" || params.enemy === "human";
  const fog = typeof params.captureProbability === "number" ? params.captureProbability : 0;
  const dawn = typeof params.dawnTick === "number" ? params.dawnTick : null;
  const crossing = typeof params.crossingTicks === "number" ? params.crossingTicks : null;
  const you = seat === "A" || seat === "B" || seat === "enemy" ? seat : undefined;
  const danger = enemy ? `${t.enemy} in ${t.valley} may ${t.capture.toLowerCase()} any of them` : `each is ${t.captured} with a ${percent(fog) ?? "known"} chance`;
  const crossingText = crossing === null ? `${t.messenger.charAt(0).toUpperCase()}${t.messenger.slice(1)}s` : `A ${t.messenger} takes ${crossing} tick${crossing === 1 ? "" : "s"} to cross, and`;
  const gangs = skin === "gangsters";
  const place = gangs ? `Two hideouts with the streets between them${enemy ? " and a police car in them" : ", the streets in mist"}` : `Two hills with a valley between them${enemy ? " and the Enemy's camp in it" : ", the valley in fog"}`;
  const picture = <Landscape skin={skin} fog={enemy ? 0 : fog} enemy={enemy} dawn={0} you={you} label={`${place}${you ? `; you are ${you === "enemy" ? t.enemy : t.party(you)}` : ""}`} />;

  if (seat === "enemy") {
    return (
      <BriefingCard picture={picture} role={gangs ? "You are the police, patrolling the streets" : "You are the Enemy in the valley"}>
        <p>
          Two {gangs ? "gang bosses" : "generals"} must both {t.attack} at dawn{dawn === null ? "" : ` (tick ${dawn})`} to win. Their {t.messenger}s cross {t.valley}: {t.capture.toLowerCase()} the ones that
          matter, so that one side goes alone.
        </p>
        <p>
          You score <strong>+{S.enemy.defeat}</strong> if one goes alone, <strong>{S.enemy.victory}</strong> if both {t.attack}, {S.enemy.noBattle} if neither does.
        </p>
      </BriefingCard>
    );
  }
  const role =
    seat === "A" ? `You are ${t.party("A")}, and you hold ${t.plan}` : seat === "B" ? `You are ${t.party("B")}, waiting for ${t.plan}` : `You will be one of the two ${gangs ? "bosses" : "generals"}`;
  return (
    <BriefingCard picture={picture} role={role}>
      <p>
        {seat === "B"
          ? `${t.party("A")} has ${t.plan}: ${t.attack} at dawn. You learn it only when one of A's ${t.messenger}s reaches you.`
          : `The plan is to ${t.attack} at dawn, together: a ${gangs ? "gang that goes" : "army that attacks"} alone is ${gangs ? "caught" : "defeated"}.`}{" "}
        {crossingText} {danger}. Commit to {t.attack} or {t.hold} before dawn{dawn === null ? "" : ` (tick ${dawn})`}.
      </p>
      <p>
        Both {t.attack}: <strong>+{S.victory} each</strong>. One goes alone: <strong>{S.attackedAlone}</strong> for it, {S.abandonedAlly} for the one who {t.held}. Neither: {S.noBattle}. Each {t.messenger} you
        send costs {-S.perMessenger}.
      </p>
    </BriefingCard>
  );
}
