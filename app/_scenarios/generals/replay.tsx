import { lazyPart } from "../lazyPart";
import type { GeneralsParams } from "@/server/engine/generals/params";
import type { ReplayUi } from "../replayUi";

export const replay: ReplayUi = {
  describeParams(params) {
    const p = params as unknown as GeneralsParams;
    const valley = p.enemy === "none" ? `messengers captured with probability ${p.captureProbability}` : `an Enemy (${p.enemy}) in the valley`;
    return `${valley} · crossing takes ${p.crossingTicks} ticks · dawn at tick ${p.dawnTick}`;
  },
  Story: lazyPart(() => import("@/app/components/TwoPartyReplayStory").then((m) => m.TwoPartyReplayStory)),
};
