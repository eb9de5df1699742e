/** The Lovers' question in the presenter debrief: in Alice's shoes, go to the date now? */
import { twoPartyPresenter } from "../presenter";

const hour = (tick: number) => (tick === 0 ? "noon" : tick === 12 ? "midnight" : `${12 + tick}:00`);

export const LOVERS_PRESENTER = twoPartyPresenter({
  ask: "Would you go to the date now?",
  act: "Go to the date",
  wait: "Wait for more texts",
  never: "Stay home",
  at: hour,
  together: "met: a date",
  alone: "waited alone: stood up",
  nobody: "nobody went",
});
