/** The game screen's live region for a lover (see app/components/announce.ts). */
import { twoPartyAnnounce } from "@/app/components/announce";

export const announceLovers = twoPartyAnnounce((kind) => (kind === "proposal" ? "a proposal to meet" : "an acknowledgement"));
