"use client";
/**
 * The consensus replay under a lens: the Paxos words switch (its choice in the URL as
 * ?lens=paxos, so a link shares it), then the story in the chosen words: the run report and
 * viewer it is given, the free picks, and every message relabelled.
 */
import type { ReactNode } from "react";
import { ReplayFateTable } from "@/app/components/ReplayMoment";
import { TimelineWordsContext } from "@/app/components/timelineWords";
import { paxosLabel } from "@/server/engine/consensus/lens";
import type { PickAnalysis } from "@/server/engine/consensus/picks";
import type { Timeline } from "@/server/engine/timeline";
import { LensBar, LensProvider, useLensChoice } from "./lens";
import { PicksPanel } from "./PicksPanel";

/** The timeline with its protocol labels in Paxos words (decisions become what the learner learned). */
export function paxosTimeline(timeline: Timeline): Timeline {
  const known = renamed.get(timeline);
  if (known) return known;
  const out: Timeline = {
    ...timeline,
    messages: timeline.messages.map((m) => ({ ...m, label: paxosLabel(m.label) })),
    decisions: timeline.decisions.map((d) => ({ ...d, label: d.label.replace(/^decide /, "learn ") })),
  };
  renamed.set(timeline, out);
  return out;
}

/** One renamed copy per timeline: the diagram redraws every tick of the slider. */
const renamed = new WeakMap<Timeline, Timeline>();

const sameWords = (t: Timeline): Timeline => t;

export function ReplayLens({ timeline, analysis, children }: { timeline: Timeline; analysis: PickAnalysis | null; children: ReactNode }) {
  const [lens, setLens] = useLensChoice(true);
  const shown = lens === "paxos" ? paxosTimeline(timeline) : timeline;
  return (
    <LensProvider lens={lens}>
      <LensBar lens={lens} onChange={setLens} />
      <TimelineWordsContext.Provider value={lens === "paxos" ? paxosTimeline : sameWords}>{children}</TimelineWordsContext.Provider>
      {analysis && <PicksPanel analysis={analysis} />}
      <details className="card">
        <summary className="cursor-pointer font-semibold">Every message ({timeline.messages.length})</summary>
        <div className="mt-2 overflow-x-auto" tabIndex={0} role="region" aria-label="Every message, scrollable">
          <ReplayFateTable timeline={shown} />
        </div>
      </details>
    </LensProvider>
  );
}
