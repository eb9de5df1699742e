/** Playing FLP: the home page's introduction, the start forms (the scheduler, watching the proof's adversary, the Lemma 1 puzzle), the game screen. */
import type { PlayUi } from "../playUi";
import { lazyPart } from "../lazyPart";
import { SCHEDULER_SEAT } from "@/server/engine/flp/terms";
import { announceFlp } from "./announce";
import { FlpBriefing, FlpGame, FlpPuzzleForm, FlpSchedulerForm, FlpWatchForm } from "./lazy";

export const play: PlayUi = {
  Intro: lazyPart(() => import("./Intro").then((m) => m.FlpIntro)),
  startForms: [FlpSchedulerForm, FlpWatchForm, FlpPuzzleForm],
  Game: FlpGame,
  Briefing: FlpBriefing,
  announce: announceFlp,
  // The proof's adversary is the one who schedules: "you are the scheduler".
  seatTitle: (seat) => (seat === SCHEDULER_SEAT ? "the scheduler" : undefined),
};
