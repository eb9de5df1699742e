import type { ReplayUi } from "../replayUi";
import { lazyPart } from "../lazyPart";
import { FalconReplayViews } from "./lazy";

export const replay: ReplayUi = {
  describeParams(params) {
    const length = typeof params.lengthMs === "number" ? params.lengthMs : 60_000;
    const spies = Array.isArray(params.spies) ? (params.spies as string[]) : ["app", "os", "vm", "switch"];
    const chaos = params.chaosPlays === true ? "chaos played" : `seeded faults (${typeof params.chaosBot === "string" ? params.chaosBot : "random"})`;
    return `${length / 1000} s · spies: ${spies.length === 0 ? "none" : spies.join(", ")} · ${chaos}`;
  },
  Story: lazyPart(() => import("./ReplayStory").then((m) => m.FalconReplayStory)),
  Views: FalconReplayViews,
};
