import { lazyPart } from "../lazyPart";
import type { LoversParams } from "@/server/engine/lovers/params";
import type { ReplayUi } from "../replayUi";

export const replay: ReplayUi = {
  describeParams(params) {
    const p = params as unknown as LoversParams;
    return `Told: ${Math.round(p.lossProbability * 100)}% of SMS may be lost${p.luckyNight ? " (it was a lucky night: nothing could be)" : ""}`;
  },
  Story: lazyPart(() => import("@/app/components/TwoPartyReplayStory").then((m) => m.TwoPartyReplayStory)),
};
