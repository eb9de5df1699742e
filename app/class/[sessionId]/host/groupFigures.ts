/** What a finished group's card says under its seats, in words. */
import type { GameMetrics } from "@/server/protocol/classroom";
import { showsMessages, type ClassUi } from "@/app/_scenarios/classUi";

/**
 * A finished game's figures, in the order the card shows them: messages sent (not for a scenario
 * whose seats send none), the scenario's own figure in its words (known depth, round decided,
 * mean detection…), a failed checker, bots that finished it.
 */
export function groupFigures(m: GameMetrics, ui: ClassUi | undefined): string[] {
  const own = ui?.figure.of(m) ?? null;
  return [
    ...(showsMessages(ui) ? [`${m.messages} messages`] : []),
    ...(ui && own !== null ? [`${ui.figure.column.toLowerCase()} ${own}`] : []),
    ...(m.verdictOk === false ? ["checker: failed"] : []),
    ...(m.botFinished ? ["finished by bots (left out of the figures)"] : []),
  ];
}
