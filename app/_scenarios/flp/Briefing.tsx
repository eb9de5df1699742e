/**
 * The FLP briefing for one seat, from the announced parameters only (flp/disclosure.ts): the
 * scheduler (and a student not yet seated, who is told what the scheduler is) knows everything;
 * a process knows only n and the protocol it runs.
 */
import type { BriefingProps } from "../playUi";
import { BriefingCard } from "@/app/components/BriefingCard";
import { FLP_PROTOCOL_WORDS } from "@/server/engine/flp/protocolWords";
import { FLP_PROTOCOL_IDS, SCHEDULER_SEAT, seatPid, type FlpProtocolId } from "@/server/engine/flp/terms";
import { FlpPicture } from "./FlpPicture";

const num = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);

export function FlpBriefing({ seat, params }: BriefingProps) {
  const protocolId = (FLP_PROTOCOL_IDS as readonly unknown[]).includes(params.protocol) ? (params.protocol as FlpProtocolId) : null;
  const protocol = protocolId ? FLP_PROTOCOL_WORDS[protocolId].title : "a small consensus protocol";
  const n = num(params.n) ?? 3;
  const pid = seat === null ? null : seatPid(seat);

  if (pid !== null) {
    return (
      <BriefingCard picture={<Picture label={`${n} processes around a message buffer; you are p${pid + 1}.`} />} role={`You are process p${pid + 1}`}>
        <p>
          You run <strong>{protocol}</strong> with {n - 1} other processes. You see only your own state and the messages that reach you: you cannot tell a slow process from a crashed one.
        </p>
        <p>You make no moves: the scheduler decides when you step and what you receive. Watch whether you ever get to decide.</p>
      </BriefingCard>
    );
  }

  const puzzle = params.mode === "puzzle";
  const watch = params.watch === true;
  const target = num(params.target);
  const bound = num(params.bound);
  const hintCost = num(params.hintCost);
  const role = seat === SCHEDULER_SEAT ? (puzzle ? "You are the puzzle solver" : watch ? "You are watching the proof's adversary" : "You are the scheduler") : "You will be the scheduler";
  return (
    <BriefingCard picture={<Picture label={`${n} processes around a message buffer; the scheduler chooses every step.`} />} role={role}>
      {puzzle ? (
        <p>
          Predict the valency of each initial configuration I<sub>0</sub>…I<sub>{n}</sub> of <strong>{protocol}</strong>: 0-valent, 1-valent or bivalent. Each right answer scores 10.
        </p>
      ) : watch ? (
        <p>
          The proof&apos;s own adversary schedules <strong>{protocol}</strong>, one step at a time. Watch how it keeps the run bivalent while staying fair. Nobody scores.
        </p>
      ) : (
        <>
          <p>
            You choose every step of <strong>{protocol}</strong>: which process moves and which envelope it receives. Keep the run <strong>bivalent</strong>
            {target === null ? "" : ` for ${target} steps`}, so that both decisions stay reachable.
          </p>
          <p>
            Stay fair: {bound === null ? "no process or message may wait too long" : `no process or message may wait more than ${bound} steps`}
            {params.crash === false ? "." : "; you may crash one process."} One point per bivalent step, a bonus for reaching the target
            {hintCost === null ? "; hints cost points." : hintCost === 0 ? "; hints are free." : `; each hint costs ${hintCost}.`}
          </p>
        </>
      )}
    </BriefingCard>
  );
}

function Picture({ label }: { label: string }) {
  return (
    <div className="bg-white rounded-xl p-1 mx-auto w-full max-w-64">
      <FlpPicture label={label} compact />
    </div>
  );
}
