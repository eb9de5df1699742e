/** The Two Generals' question in the presenter debrief: in General A's boots, attack now? */
import { twoPartyPresenter } from "../presenter";

export const GENERALS_PRESENTER = twoPartyPresenter({
  ask: "Would you attack now?",
  act: "Attack now",
  wait: "Wait for more news",
  never: "Never attack",
  at: (tick) => `tick ${tick}`,
  together: "attacked together: victory",
  alone: "attacked alone: defeat",
  nobody: "nobody attacked",
});
