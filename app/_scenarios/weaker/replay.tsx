import type { ReplayUi } from "../replayUi";
import { lazyPart } from "../lazyPart";

export const replay: ReplayUi = {
  describeParams(params) {
    const n = typeof params.n === "number" ? params.n : 3;
    const f = typeof params.f === "number" ? params.f : 1;
    const bound = typeof params.bound === "number" ? params.bound : 3 * n * n;
    const watched = params.watch === true ? ` · watched: the ${typeof params.bot === "string" ? params.bot : params.problem === "epsilon" ? "spreader" : "blocker"} bot` : "";
    const problem =
      params.problem === "epsilon"
        ? `ε-agreement, ε = ${typeof params.epsilon === "number" ? params.epsilon : 10} over [${typeof params.lo === "number" ? params.lo : 0}, ${typeof params.hi === "number" ? params.hi : 100}]`
        : `${typeof params.k === "number" ? params.k : 2}-set agreement`;
    return `${problem} · ${n} processes · up to ${f} crash${f === 1 ? "" : "es"} · fairness bound ${bound} steps${watched}`;
  },
  Story: lazyPart(() => import("./ReplayStory").then((m) => m.WeakerReplayStory)),
};
