/** Replaying FLP: the parameters in words, and the story around the space-time diagram (ReplayStory.tsx). */
import type { FlpParams } from "@/server/engine/flp/params";
import type { ReplayUi } from "../replayUi";
import { lazyPart } from "../lazyPart";
import { FLP_PROTOCOL_WORDS } from "@/server/engine/flp/protocolWords";

export const replay: ReplayUi = {
  describeParams(params) {
    const p = params as unknown as FlpParams;
    const protocol = FLP_PROTOCOL_WORDS[p.protocol]?.title ?? p.protocol;
    if (p.mode === "puzzle") return `Lemma 1 puzzle · ${protocol} · ${p.n} processes`;
    const who = p.watch ? "the proof's adversary, watched" : "keep it bivalent";
    return `${protocol} · ${p.n} processes · ${who} for ${p.target} steps · fairness bound ${p.bound} · ${p.crash ? "one crash allowed" : "no crash"} · hint −${p.hintCost}`;
  },
  Story: lazyPart(() => import("./ReplayStory").then((m) => m.FlpReplayStory)),
  checkNote: "The valencies, the checker's verdict and the rest of the story below the title were rebuilt from those events too.",
};
