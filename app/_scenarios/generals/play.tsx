/** Playing the Two Generals: the home page's introduction, the start forms, the game screen. */
import { seatGame, type PlayUi } from "../playUi";
import { GeneralsIntro } from "./Intro";
import { GeneralsVersusBot, GeneralsWithFriend } from "./GeneralsForms";
import { GeneralsGame } from "./game/GeneralsGame";
import { GeneralsBriefing } from "./Briefing";

export const play: PlayUi = {
  Intro: GeneralsIntro,
  startForms: [GeneralsVersusBot, GeneralsWithFriend],
  Game: seatGame(GeneralsGame),
  Briefing: GeneralsBriefing,
};
