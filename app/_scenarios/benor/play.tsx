/** Playing Ben-Or: the home page's introduction (with the rounds-to-decide chart), the start forms (be the adversary, watch the splitter), the game screen. */
import type { PlayUi } from "../playUi";
import { lazyPart } from "../lazyPart";
import { announceBenor } from "./announce";
import { BenorAdversaryForm, BenorBriefing, BenorGame, BenorWatchForm } from "./lazy";

export const play: PlayUi = {
  Intro: lazyPart(() => import("./Intro").then((m) => m.BenorIntro)),
  startForms: [BenorAdversaryForm, BenorWatchForm],
  Game: BenorGame,
  Briefing: BenorBriefing,
  announce: announceBenor,
};
