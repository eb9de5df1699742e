import type { FlpParams } from "@/server/engine/flp/params";
import type { ReplayUi } from "../replayUi";
import { lazyPart } from "../lazyPart";

export const replay: ReplayUi = {
  describeParams(params) {
    const p = params as unknown as FlpParams;
    return p.mode === "puzzle" ? `Lemma 1 puzzle · ${p.protocol}` : `${p.n} processes · ${p.protocol} · keep it bivalent for ${p.target} steps · fairness bound ${p.bound}${p.crash ? " · one crash allowed" : ""}`;
  },
  Story: lazyPart(() => import("./ReplayStory").then((m) => m.FlpReplayStory)),
};
