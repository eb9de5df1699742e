/** Playing the Two Insecure Lovers: the home page's introduction, the start forms, the game screen. */
import { seatGame, type PlayUi } from "../playUi";
import { LoversIntro } from "./Intro";
import { LoversVersusBot, LoversWithFriend } from "./LoversForms";
import { LoversGame } from "./game/LoversGame";
import { LoversBriefing } from "./Briefing";

export const play: PlayUi = {
  Intro: LoversIntro,
  startForms: [LoversVersusBot, LoversWithFriend],
  Game: seatGame(LoversGame),
  Briefing: LoversBriefing,
};
