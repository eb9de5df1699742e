/** The game screen's live region for a seat of the Two Generals (see app/components/announce.ts). */
import { twoPartyAnnounce } from "@/app/components/announce";

/** A General hears arrivals and knowledge changes; the Enemy, which sees the whole valley on screen, hears only the end. */
export const announceGenerals = twoPartyAnnounce((kind) => (kind === "plan" ? "the plan" : "an acknowledgement"));
