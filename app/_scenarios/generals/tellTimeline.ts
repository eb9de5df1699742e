/** A Two Generals timeline retold in a skin's words (the dawn report, the replay, the diagram). */
import type { Timeline } from "@/server/engine/timeline";
import type { Skin } from "@/server/protocol/skins";
import { TELLINGS, tellingOf } from "./telling";

/** The same timeline (same messages, ticks, fates and scores) with the telling's names and labels. */
export function tellTimeline(timeline: Timeline, skin: Skin | undefined): Timeline {
  if (!skin || timeline.scenario !== "generals") return timeline;
  const t = tellingOf(skin);
  const own = TELLINGS.generals;
  const retell = (text: string) => text.split(own.plan).join(t.plan);
  return {
    ...timeline,
    skin,
    parties: timeline.parties.map((p) => ({ ...p, name: p.id === "A" || p.id === "B" ? t.party(p.id) : p.name })),
    decisions: timeline.decisions.map((d) => ({ ...d, label: d.acts ? t.attack : d.byDefault ? t.held : t.hold })),
    messages: timeline.messages.map((m) => ({ ...m, label: m.label === "plan" ? t.plan.replace(/^the /, "") : m.label })),
    rungs: timeline.rungs.map((r) => ({ ...r, sentence: retell(r.sentence) })),
    words: { ...timeline.words, object: t.plan },
  };
}
