/**
 * The consensus briefing for one seat. A process is told n, the majority, the detector's class
 * and the limit (consensus/disclosure.ts); the adversary is told everything, f included.
 */
import type { BriefingProps } from "../playUi";
import { BriefingCard } from "@/app/components/BriefingCard";
import { DETECTOR_NAMES, type DetectorClass } from "@/server/engine/consensus/terms";
import { CONSENSUS_SCORING } from "@/server/engine/consensus/scoring";
import { ProcessRing } from "./ProcessRing";

const S = CONSENSUS_SCORING;

export function ConsensusBriefing({ seat, params }: BriefingProps) {
  const n = typeof params.n === "number" ? params.n : 5;
  const majority = typeof params.majority === "number" ? params.majority : Math.floor(n / 2) + 1;
  const detector = typeof params.detector === "string" && Object.hasOwn(DETECTOR_NAMES, params.detector) ? DETECTOR_NAMES[params.detector as DetectorClass] : "a";
  const limit = typeof params.maxTicks === "number" ? params.maxTicks : null;
  const me = seat && /^p\d+$/.test(seat) ? Number(seat.slice(1)) : undefined;
  const picture = (
    <div className="bg-white rounded-xl p-1 mx-auto w-full max-w-52">
      <ProcessRing n={n} me={me} coordinator={2} label={`${n} processes on a ring${me ? `; you are p${me}` : ""}; p2 coordinates round 1`} />
    </div>
  );

  if (seat === "adversary") {
    const f = typeof params.f === "number" ? params.f : null;
    return (
      <BriefingCard picture={picture} role="You are the adversary">
        <p>
          {n} processes try to agree on one bit. You run their world: you delay messages (never lose them), steer the {detector} failure detector within its promises
          {f === null ? "" : `, and may crash up to ${f} process${f === 1 ? "" : "es"}`}.
        </p>
        <p>You score the ticks until every correct process has decided{limit === null ? "" : ` (${limit} if one never does)`}.</p>
      </BriefingCard>
    );
  }
  return (
    <BriefingCard picture={picture} role={me ? `You are process p${me} of ${n}` : `You will be one of ${n} processes`}>
      <p>
        Every process starts with a bit; all of you must decide the same bit, one that some process started with. Each round a new coordinator gathers opinions from a
        majority ({majority} of {n}); your {detector} failure detector tells you whom to stop waiting for, and it may be wrong.
      </p>
      <p>
        Deciding scores <strong>+{S.decided}</strong>, plus {S.perRoundUnder} for each round under {S.roundsPar}.
        {params.sandbox === true ? ` In this sandbox agreement can break: then every process gets ${S.unsafe}.` : ""}
        {limit === null ? "" : ` The run stops at tick ${limit}.`}
      </p>
    </BriefingCard>
  );
}
