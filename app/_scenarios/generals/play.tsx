/** Playing the Two Generals: the home page's introduction, the start forms, the game screen. */
import type { PlayUi } from "../playUi";
import { lazyPart } from "../lazyPart";
import { announceGenerals } from "./announce";
import { tellingOf } from "./telling";
import { GeneralsVersusBot, GeneralsWithFriend, GeneralsBriefing, GeneralsGame } from "./lazy";

// Each piece loads when a page shows it: the game screen carries only this scenario's game, the
// home page only its introduction (a server component) and forms.
export const play: PlayUi = {
  Intro: lazyPart(() => import("./Intro").then((m) => m.GeneralsIntro)),
  Tellings: lazyPart(() => import("./Tellings").then((m) => m.GeneralsTellings)),
  tellingBlurb: (skin) => tellingOf(skin).blurb,
  startForms: [GeneralsVersusBot, GeneralsWithFriend],
  Game: GeneralsGame,
  Briefing: GeneralsBriefing,
  announce: announceGenerals,
};
