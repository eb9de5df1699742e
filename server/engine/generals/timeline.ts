/** A finished Two Generals game as a timeline (server/engine/timeline.ts). */
import type { Timeline } from "../timeline";
import { GENERALS_WORDS } from "./knowledge";
import type { GeneralsParams } from "./params";
import type { RevealView } from "./view";

export function generalsTimeline(reveal: RevealView, params: GeneralsParams): Timeline {
  return {
    scenario: "generals",
    ladder: "twoParty",
    parties: [
      { id: "A", name: "General A" },
      { id: "B", name: "General B" },
    ],
    endTick: params.dawnTick,
    endLabel: "dawn",
    clock: "tick",
    messages: reveal.messengers.map((m) => ({
      id: m.id,
      from: m.from,
      to: m.to,
      label: m.kind === "plan" ? "plan" : `ack ${m.acked}`,
      acked: m.acked,
      sentAt: m.sentAt,
      arrivesAt: m.arrivesAt,
      fate: m.fate === "captured" ? "lost" : m.fate,
      settledAt: m.settledAt,
      lostBy: m.capturedBy,
    })),
    decisions: (["A", "B"] as const).map((g) => {
      const c = reveal.commitments[g];
      return { party: g, tick: c.tick, label: c.decision === "attack" ? "attack" : c.byDefault ? "held" : "hold", acts: c.decision === "attack", byDefault: c.byDefault };
    }),
    rungs: reveal.ladder.map((r) => ({ level: r.level, party: r.knower, tick: r.tick, sentence: r.sentence })),
    words: GENERALS_WORDS,
    outcome: reveal.outcome,
    scores: { ...reveal.scores } as Record<string, number>,
  };
}
