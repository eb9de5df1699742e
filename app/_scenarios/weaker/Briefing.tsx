/** The weaker-agreement briefing for one seat: the adversary is told everything, a process only the problem, n, f and k or ε (weaker/disclosure.ts). */
import type { BriefingProps } from "../playUi";
import { BriefingCard } from "@/app/components/BriefingCard";
import { adversaryRole, PictureFrame, ProcessBlindness, processRole } from "../_adversary/briefing";
import { WeakerPicture } from "./WeakerPicture";
import { BLOCK_BONUS, defaultBound, seatPid, VALUE_POINTS } from "@/server/engine/weaker/terms";

export function WeakerBriefing({ seat, params }: BriefingProps) {
  const n = typeof params.n === "number" ? params.n : 3;
  const f = typeof params.f === "number" ? params.f : 1;
  const k = typeof params.k === "number" ? params.k : 2;
  const epsilon = typeof params.epsilon === "number" ? params.epsilon : 10;
  const kset = params.problem !== "epsilon";
  const pid = seat === null ? null : seatPid(seat);
  const label = kset
    ? `${n} processes around the adversary; the ${k} chosen (p1${k > 1 ? `–p${k}` : ""}) hold a value to send${pid === null ? "" : `; you are p${pid + 1}`}`
    : `${n} processes around the adversary, each with a number${pid === null ? "" : `; you are p${pid + 1}`}`;
  const picture = (
    <PictureFrame>
      <WeakerPicture n={n} chosen={kset ? k : 0} me={pid === null ? undefined : pid + 1} label={label} />
    </PictureFrame>
  );
  const problem = kset ? `${k}-set agreement` : `ε-agreement with ε = ${epsilon}`;
  if (pid === null) {
    const bound = typeof params.bound === "number" ? params.bound : defaultBound(n);
    const watch = params.watch === true;
    return (
      <BriefingCard picture={picture} role={adversaryRole(watch, seat)}>
        <p>
          {n} processes run {problem}. {watch ? "A bot adversary" : "You"} deliver{watch ? "s" : ""} every message, in any order, and may crash up to {f} process
          {f === 1 ? "" : "es"}. Fairness: whatever has waited {bound} steps goes next.
        </p>
        <p>
          {watch
            ? kset
              ? "Watch it try to silence the chosen processes, or spread the decisions."
              : "Watch it try to keep the values apart, and the halving win."
            : kset
              ? `+${VALUE_POINTS} for each distinct decision beyond the first, +${BLOCK_BONUS} if a live process can never decide.`
              : "Score: how far apart the decisions end, as a share of ε."}
        </p>
      </BriefingCard>
    );
  }
  return (
    <BriefingCard picture={picture} role={processRole(pid, n)}>
      <p>
        {kset
          ? pid < k
            ? "You are one of the chosen: you send your input to everyone and decide it."
            : "You wait for a value from one of the chosen processes, and decide the first that reaches you."
          : `Each round you send your value, wait for ${n - f} values and move to the midpoint of the smallest and the largest.`}
      </p>
      <ProcessBlindness />
    </BriefingCard>
  );
}
