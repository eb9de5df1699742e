/** Reading replays in the browser specs: what the diagram shows, and what the trace says it must. */
import type { Page } from "@playwright/test";

export interface TraceEvent {
  type: string;
  tick: number;
  smsId?: number;
  messengerId?: number;
}

export type ArrowStatus = "in-flight" | "delivered" | "lost";

/** Each message's status at the end of `tick`, computed from the trace's events alone. */
export function expectedAt(events: TraceEvent[], tick: number): Record<string, ArrowStatus> {
  const status: Record<string, ArrowStatus> = {};
  for (const e of events) {
    const id = e.smsId ?? e.messengerId;
    if (e.tick > tick || id === undefined) continue;
    if (e.type === "send") status[id] = "in-flight";
    if (e.type === "deliver") status[id] = "delivered";
    if (e.type === "lose" || e.type === "capture") status[id] = "lost";
  }
  return status;
}

/** Each arrow the replay's diagram draws, by message id, with its status. */
export async function diagramAt(page: Page): Promise<Record<string, string>> {
  const shown: Record<string, string> = {};
  for (const arrow of await page.locator("[aria-label='Replay'] [data-message]").all()) {
    shown[(await arrow.getAttribute("data-message")) as string] = (await arrow.getAttribute("data-status")) as string;
  }
  return shown;
}
