/**
 * The replay story of a two-party game (the generals, the lovers): the outcome cards, the
 * scrubbable replay, the fate of every message, the two worlds of the last message that taught its receiver something, and where the
 * same impossibility shows up in practice. Each two-party scenario's replay part points here.
 * The outcome cards, the fate table and the two worlds follow the replay's moment: none tells what comes after it.
 */
import type { ReplayStoryProps } from "@/app/_scenarios/replayUi";
import { InPractice } from "./InPractice";
import { ReplayFateTable, ReplayOutcomeCards, ReplayTwoWorlds } from "./ReplayMoment";

export function TwoPartyReplayStory({ timeline, seats, viewer }: ReplayStoryProps) {
  return (
    <>
      <ReplayOutcomeCards timeline={timeline} seats={seats} />
      {viewer}
      <ReplayFateTable timeline={timeline} />
      <ReplayTwoWorlds timeline={timeline} />
      <InPractice />
    </>
  );
}
