/** The Ben-Or briefing for one seat: the adversary is told everything, a process only n and f (benor/disclosure.ts). */
import type { BriefingProps } from "../playUi";
import { BriefingCard } from "@/app/components/BriefingCard";
import { adversaryRole, PictureFrame, ProcessBlindness, processRole } from "../_adversary/briefing";
import { BenorPicture } from "./BenorPicture";
import { defaultBound, ROUND_POINTS, seatPid, UNDECIDED_BONUS } from "@/server/engine/benor/terms";

export function BenorBriefing({ seat, params }: BriefingProps) {
  const n = typeof params.n === "number" ? params.n : 3;
  const f = typeof params.f === "number" ? params.f : 1;
  const pid = seat === null ? null : seatPid(seat);
  const picture = (
    <PictureFrame>
      <BenorPicture n={n} me={pid === null ? undefined : pid + 1} label={`${n} processes, each with a coin, around the adversary${pid === null ? "" : `; you are p${pid + 1}`}`} />
    </PictureFrame>
  );
  if (pid === null) {
    const bound = typeof params.bound === "number" ? params.bound : defaultBound(n);
    const watch = params.watch === true;
    return (
      <BriefingCard picture={picture} role={adversaryRole(watch, seat)}>
        <p>
          {n} processes run Ben-Or. {watch ? "A bot adversary" : "You"} deliver{watch ? "s" : ""} every message, in any order, and may crash up to {f} process{f === 1 ? "" : "es"}. Fairness: a message
          that has waited {bound} steps must go next.
        </p>
        <p>
          {watch
            ? "Watch it try to keep the processes split, and the coins undo its work."
            : `+${ROUND_POINTS} for each round you hold the decision off, +${UNDECIDED_BONUS} if time runs out first. You see every state, but a coin only once it has fallen.`}
        </p>
      </BriefingCard>
    );
  }
  return (
    <BriefingCard picture={picture} role={processRole(pid, n)}>
      <p>You run Ben-Or: report your bit, propose a value a majority holds (or &ldquo;?&rdquo;), decide on {f + 1} matching proposals, else adopt one or flip a coin.</p>
      <ProcessBlindness />
    </BriefingCard>
  );
}

