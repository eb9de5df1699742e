/** What the briefings of the adversary-network scenarios share: the picture's frame, who the seat is, and what a process cannot see. */
import type { ReactNode } from "react";

export function PictureFrame({ children }: { children: ReactNode }) {
  return <div className="bg-white rounded-xl p-1">{children}</div>;
}

/** The adversary's seat, before the game (no seat yet), playing or watching a bot play. */
export const adversaryRole = (watch: boolean, seat: string | null) => (watch ? "You are watching the adversary" : seat === null ? "You will be the adversary" : "You are the adversary");

export const processRole = (pid: number, n: number) => `You are process p${pid + 1} of ${n}`;

export function ProcessBlindness() {
  return <p>You see only your own state and the messages that reach you; an adversary you cannot see decides when they arrive.</p>;
}
