/** Playing the Two Insecure Lovers: the home page's introduction, the start forms, the game screen. */
import type { PlayUi } from "../playUi";
import { lazyPart } from "../lazyPart";
import { announceLovers } from "./announce";
import { LoversVersusBot, LoversWithFriend, LoversBriefing, LoversGame } from "./lazy";

// Each piece loads when a page shows it: the game screen carries only this scenario's game, the
// home page only its introduction (a server component) and forms.
export const play: PlayUi = {
  Intro: lazyPart(() => import("./Intro").then((m) => m.LoversIntro)),
  startForms: [LoversVersusBot, LoversWithFriend],
  Game: LoversGame,
  Briefing: LoversBriefing,
  announce: announceLovers,
};
