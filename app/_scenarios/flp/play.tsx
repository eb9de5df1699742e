/** Playing FLP: the home page's introduction, the start forms (the scheduler, the Lemma 1 puzzle), the game screen. */
import type { PlayUi } from "../playUi";
import { lazyPart } from "../lazyPart";
import { FlpBriefing, FlpGame, FlpPuzzleForm, FlpSchedulerForm } from "./lazy";

export const play: PlayUi = {
  Intro: lazyPart(() => import("./Intro").then((m) => m.FlpIntro)),
  startForms: [FlpSchedulerForm, FlpPuzzleForm],
  Game: FlpGame,
  Briefing: FlpBriefing,
};
