import type { ConsensusParams } from "@/server/engine/consensus/params";
import { DETECTOR_NAMES } from "@/server/engine/consensus/terms";
import type { ReplayUi } from "../replayUi";
import { lazyPart } from "../lazyPart";
import { analysePicks } from "@/server/engine/consensus/picks";

export const replay: ReplayUi = {
  describeParams(params) {
    const p = params as unknown as ConsensusParams;
    const adversary = p.adversary === "none" ? "no adversary" : p.adversary === "bot" ? "a bot adversary" : "a human adversary";
    return `${p.n} processes · ${DETECTOR_NAMES[p.detector]} detector · GST at tick ${p.gst} · Δ = ${p.maxDelay} · f = ${p.f} · ${adversary}${p.sandbox ? " · sandbox" : ""} · limit tick ${p.maxTicks}`;
  },
  Story: lazyPart(() => import("./ReplayStory").then((m) => m.ConsensusReplayStory)),
  analyse: (params, events) => analysePicks((params as unknown as ConsensusParams).n, events),
  checkNote: "The verdict above was checked from those events alone.",
};
