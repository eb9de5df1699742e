/**
 * A finished Falcon game as the generic timeline (../timeline.ts) replays and debriefs draw: two
 * lines, the service and the monitor; every heartbeat a message with its fate (lost at the
 * switch, or delivered; late ones are delivered late); the declarations as the monitor's
 * decisions; faults, heals and kills as marks. Ticks are the room's (100 ms each). The layers'
 * own lanes come from history.ts.
 */
import type { Timeline } from "../timeline";
import { metricsOf } from "./scoring";
import { TICK_MS, type FalconEvent, type FalconState } from "./types";
import { FALCON_OUTCOME_WORDS } from "./words";

export const SERVICE = "service";
export const MONITOR = "monitor";

const tickOf = (ms: number) => Math.ceil(ms / TICK_MS);

export function falconTimeline(state: FalconState, events: readonly FalconEvent[]): Timeline {
  const end = state.tick;
  const messages: Timeline["messages"] = [];
  const marks: NonNullable<Timeline["marks"]> = [];
  const decisions: Timeline["decisions"] = [];
  for (const e of events) {
    if (e.type === "heartbeat") {
      const lost = e.arriveAtMs === null;
      const arrives = lost ? tickOf(e.atMs) : Math.min(end, tickOf(e.arriveAtMs!));
      messages.push({
        id: messages.length + 1,
        from: SERVICE,
        to: MONITOR,
        label: `heartbeat ${e.seq}${e.incarnation > 1 ? ` (#${e.incarnation})` : ""}`,
        acked: 0,
        sentAt: tickOf(e.atMs),
        arrivesAt: arrives,
        fate: lost ? "lost" : e.arriveAtMs! > end * TICK_MS ? "late" : "delivered",
        settledAt: arrives,
        lostBy: lost ? "enemy" : null,
      });
    } else if (e.type === "fault" && e.effect === "injected") {
      marks.push({ party: SERVICE, tick: tickOf(e.atMs), label: e.durationMs ? `${e.kind} ${e.durationMs / 1000} s` : e.kind, tone: "bad" });
    } else if (e.type === "heal") {
      marks.push({ party: SERVICE, tick: tickOf(e.atMs), label: `${e.kind} over`, tone: "neutral" });
    } else if (e.type === "kill") {
      marks.push({ party: MONITOR, tick: tickOf(e.atMs), label: `kill ${e.layer}${e.executed ? "" : " (no effect)"}`, tone: e.unnecessary ? "bad" : "neutral" });
    } else if (e.type === "declare") {
      decisions.push({ party: MONITOR, tick: tickOf(e.atMs), label: e.falseSuspicion ? "declared failed (it was alive)" : "declared failed", acts: true, byDefault: false });
    }
  }
  const m = metricsOf(state.ledger);
  return {
    scenario: "falcon",
    parties: [
      { id: SERVICE, name: "the service" },
      { id: MONITOR, name: "the monitor" },
    ],
    endTick: end,
    endLabel: "the end",
    // A tick is TICK_MS = 100 ms of the service's time: read in seconds, as the layers' lanes are.
    clock: "tenths",
    messages,
    decisions,
    rungs: [],
    words: { A: "the service", B: "the monitor", object: "a heartbeat" },
    outcome: state.outcome ? FALCON_OUTCOME_WORDS[state.outcome] : "",
    scores: { operator: m.score },
    marks,
  };
}
