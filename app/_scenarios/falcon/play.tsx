/** Playing Falcon: the home page's introduction, the start forms (operator, chaos), the game screen. */
import type { PlayUi } from "../playUi";
import { lazyPart } from "../lazyPart";
import { announceFalcon } from "./announce";
import { FalconBriefing, FalconChaosForm, FalconGame, FalconOperatorForm } from "./lazy";

export const play: PlayUi = {
  Intro: lazyPart(() => import("./Intro").then((m) => m.FalconIntro)),
  startForms: [FalconOperatorForm, FalconChaosForm],
  Game: FalconGame,
  Briefing: FalconBriefing,
  announce: announceFalcon,
};
