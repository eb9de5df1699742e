/** What a Falcon seat's live region says: the operator's timeout, answers and failovers; chaos's faults and the service's replies. */
import { describe, expect, it } from "vitest";
import { falcon } from "@/server/engine/falcon";
import { createFalconGame, reduceFalcon } from "@/server/engine/falcon/reducer";
import { falconParamsSchema } from "@/server/engine/falcon/params";
import type { FalconAction, FalconState } from "@/server/engine/falcon/types";
import { announceFalcon } from "./announce";

function apply(s: FalconState, action: FalconAction): FalconState {
  const r = reduceFalcon(s, action);
  if (!r.ok) throw new Error(r.error.message);
  return r.state;
}

describe("announceFalcon", () => {
  it("says nothing on the first view, and tells the operator's timeout, answers and failover once each", () => {
    let s = createFalconGame(falconParamsSchema.parse({ lengthMs: 10_000, chaosPlays: true, horizonMs: 5_000 }), 7);
    expect(announceFalcon(null, falcon.view(s, "operator"))).toEqual([]);
    const op: string[] = [];
    const chaos: string[] = [];
    const step = (action: FalconAction) => {
      const next = apply(s, action);
      op.push(...announceFalcon(falcon.view(s, "operator"), falcon.view(next, "operator")));
      chaos.push(...announceFalcon(falcon.view(s, "chaos"), falcon.view(next, "chaos")));
      s = next;
    };
    for (let i = 0; i < 20; i++) step({ type: "tick" });
    step({ type: "inject", seat: "chaos", kind: "crash" });
    while (!falcon.view(s, "operator").reveal && (falcon.view(s, "operator") as { suspecting: boolean }).suspecting === false) step({ type: "tick" });
    step({ type: "query", seat: "operator", layer: "app" });
    for (let i = 0; i < 5; i++) step({ type: "tick" });
    step({ type: "declare", seat: "operator" });
    while (s.phase === "playing") step({ type: "tick" });
    expect(op.filter((l) => l.startsWith("Your timeout fired"))).toHaveLength(1);
    expect(op).toContain("The app spy says down.");
    expect(op).toContain("Failed over: instance 2 is in service.");
    expect(op.at(-1)).toBe("The game is over: the debrief is below.");
    expect(op.some((l) => /heartbeat \d/i.test(l))).toBe(false);
    expect(chaos).toContain("Your crash struck.");
    expect(chaos).toContain("The service stopped replying.");
    expect(chaos).toContain("The operator failed over: instance 2 is in service.");
  });
});
