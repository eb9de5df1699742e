"use client";
/**
 * The words a replay's diagram draws its labels in: a scenario's lens (consensus's Paxos words)
 * provides a relabelling of the timeline; without one, the timeline as recorded.
 */
import { createContext, useContext } from "react";
import type { Timeline } from "@/server/engine/timeline";

const same = (t: Timeline): Timeline => t;

export const TimelineWordsContext = createContext<(t: Timeline) => Timeline>(same);

export const useTimelineWords = () => useContext(TimelineWordsContext);
