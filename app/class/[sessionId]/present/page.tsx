/**
 * The presenter debrief for the projector: the game the server chose (?game=, which the screen
 * keeps in step with the host's dashboard), replayed from its stored trace on the server, with
 * the host's controls, the class's question and its answers. Only the host key's holder drives it.
 */
import type { Metadata } from "next";
import { scenarioUi } from "@/app/_scenarios/registry";
import { scenarioById } from "@/server/engine/scenarios";
import { readReplay } from "@/server/read/replay";
import { PresenterScreen, type PresentedGame } from "./PresenterScreen";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Presenter debrief" };

export default async function PresentPage({ params, searchParams }: { params: Promise<{ sessionId: string }>; searchParams: Promise<{ game?: string }> }) {
  const { sessionId } = await params;
  const { game } = await searchParams;
  const read = game ? await readReplay(game) : null;
  // A withheld arena match shows nothing here either.
  const record = read && "trace" in read ? read : null;
  const presented: PresentedGame | null =
    record && record.check.ok && scenarioUi(record.trace.scenario)
      ? {
          gameId: record.trace.gameId,
          scenario: record.trace.scenario,
          params: record.params,
          seats: record.trace.seats,
          timeline: record.check.timeline,
          blindTimeline: scenarioById(record.trace.scenario)?.presenter?.blind?.(record.check.timeline) ?? record.check.timeline,
          reveal: record.reveal,
        }
      : null;
  return <PresenterScreen sessionId={sessionId} requested={game ?? null} game={presented} />;
}
