/** A finished Lovers' night as a timeline (server/engine/timeline.ts). */
import type { Timeline } from "../timeline";
import { NIGHT_HOURS } from "./night";
import { LOVERS_WORDS, type LoversRevealView } from "./view";

export function loversTimeline(reveal: LoversRevealView): Timeline {
  return {
    scenario: "lovers",
    ladder: "twoParty",
    parties: [
      { id: "alice", name: "Alice" },
      { id: "bob", name: "Bob" },
    ],
    endTick: NIGHT_HOURS,
    endLabel: "midnight",
    clock: "hour",
    messages: reveal.sms.map((m) => ({
      id: m.id,
      from: m.from,
      to: m.to,
      label: m.kind === "proposal" ? "let's meet" : `ack ${m.acked}`,
      acked: m.acked,
      sentAt: m.sentAt,
      arrivesAt: m.arrivesAt,
      fate: m.fate,
      settledAt: m.settledAt,
      lostBy: m.fate === "lost" ? "chance" : null,
    })),
    decisions: (["alice", "bob"] as const).map((lover) => {
      const d = reveal.decisions[lover];
      return { party: lover, tick: d.tick, label: d.decision === "show" ? "show up" : d.byDefault ? "stayed home" : "stay home", acts: d.decision === "show", byDefault: d.byDefault };
    }),
    rungs: reveal.ladder.map((r) => ({ level: r.level, party: r.knower, tick: r.tick, sentence: r.sentence })),
    words: LOVERS_WORDS,
    outcome: reveal.outcome,
    scores: { ...reveal.scores },
  };
}
