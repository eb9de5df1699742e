import { lazyPart } from "../lazyPart";
import type { GeneralsParams } from "@/server/engine/generals/params";
import type { ReplayUi } from "../replayUi";
import { tellingOf } from "./telling";
import { tellTimeline } from "./tellTimeline";

export const replay: ReplayUi = {
  describeParams(params, skin) {
    const p = params as unknown as GeneralsParams;
    const t = tellingOf(skin);
    const valley = p.enemy === "none" ? `${t.messenger}s ${t.captured} with probability ${p.captureProbability}` : `${t.enemy} (${p.enemy}) in ${t.valley}`;
    return `${valley} · crossing takes ${p.crossingTicks} ticks · dawn at tick ${p.dawnTick}`;
  },
  retell: tellTimeline,
  Story: lazyPart(() => import("@/app/components/TwoPartyReplayStory").then((m) => m.TwoPartyReplayStory)),
};
