/** Playing weaker agreement: the home page's introduction (with the ε spread narrowing), the start forms (be the adversary, watch a bot), the game screen. */
import type { PlayUi } from "../playUi";
import { lazyPart } from "../lazyPart";
import { announceWeaker } from "./announce";
import { WeakerAdversaryForm, WeakerBriefing, WeakerGame, WeakerWatchForm } from "./lazy";

export const play: PlayUi = {
  Intro: lazyPart(() => import("./Intro").then((m) => m.WeakerIntro)),
  startForms: [WeakerAdversaryForm, WeakerWatchForm],
  Game: WeakerGame,
  Briefing: WeakerBriefing,
  announce: announceWeaker,
};
