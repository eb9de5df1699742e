/** The FLP briefing for one seat: the scheduler is told everything, a process only n and its protocol (flp/disclosure.ts). */
import type { BriefingProps } from "../playUi";
import { BriefingCard } from "@/app/components/BriefingCard";

export function FlpBriefing({ seat }: BriefingProps) {
  if (seat === null || seat === "adversary") {
    return (
      <BriefingCard picture={null} role="You are the scheduler">
        <p>You choose every step: which process moves and which message it receives. Keep both decisions reachable for as long as you can, fairly.</p>
      </BriefingCard>
    );
  }
  return (
    <BriefingCard picture={null} role={`You are ${seat}`}>
      <p>You run the protocol. You see only your own state and the messages that reach you.</p>
    </BriefingCard>
  );
}
