/**
 * The protocols' titles for the class and replay screens, with no rules: the browser's bundles
 * read this, never server/engine/flp/protocols.ts. protocolTitles.test.ts checks each title is
 * the protocol's own.
 */
import type { FlpProtocolId } from "@/server/engine/flp/terms";

export const FLP_PROTOCOL_TITLES: Record<FlpProtocolId, string> = {
  "majority-lock": "Majority lock",
  "wait-n-minus-1": "Wait for n − 1",
  "wait-all": "Wait for everyone",
};
