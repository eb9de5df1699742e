/** The Ben-Or briefing for one seat: the adversary is told everything, a process only n and f (benor/disclosure.ts). */
import type { BriefingProps } from "../playUi";
import { BriefingCard } from "@/app/components/BriefingCard";
import { BenorPicture } from "./BenorPicture";
import { defaultBound, ROUND_POINTS, seatPid, UNDECIDED_BONUS } from "@/server/engine/benor/terms";

export function BenorBriefing({ seat, params }: BriefingProps) {
  const n = typeof params.n === "number" ? params.n : 3;
  const f = typeof params.f === "number" ? params.f : 1;
  const pid = seat === null ? null : seatPid(seat);
  const picture = (
    <div className="bg-white rounded-xl p-1">
      <BenorPicture n={n} me={pid === null ? undefined : pid + 1} label={`${n} processes, each with a coin, around the adversary${pid === null ? "" : `; you are p${pid + 1}`}`} />
    </div>
  );
  if (pid === null) {
    const bound = typeof params.bound === "number" ? params.bound : defaultBound(n);
    const watch = params.watch === true;
    return (
      <BriefingCard picture={picture} role={watch ? "You are watching the adversary" : seat === null ? "You will be the adversary" : "You are the adversary"}>
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
    <BriefingCard picture={picture} role={`You are process p${pid + 1} of ${n}`}>
      <p>You run Ben-Or: report your bit, propose a value a majority holds (or &ldquo;?&rdquo;), decide on {f + 1} matching proposals, else adopt one or flip a coin.</p>
      <p>You see only your own state and the messages that reach you; an adversary you cannot see decides when they arrive.</p>
    </BriefingCard>
  );
}

