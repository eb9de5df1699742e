"use client";
/**
 * The browser pieces of the Two Generals's UI, each loaded the first time it is shown (lazyPart). The
 * part modules (play.tsx, classroom.tsx) hold these, not the components: a "use client" module,
 * so that a server page reading the registry meets one small client module here and not every
 * screen, form and chart behind it (a server graph's client components all load with its page).
 */
import { seatGame } from "../playUi";
import { lazyPart, LOADING } from "../lazyPart";

export const GeneralsGame = lazyPart(() => import("./game/GeneralsGame").then((m) => seatGame(m.GeneralsGame)), LOADING);
export const GeneralsBriefing = lazyPart(() => import("./Briefing").then((m) => m.GeneralsBriefing));
export const GeneralsVersusBot = lazyPart(() => import("./GeneralsForms").then((m) => m.GeneralsVersusBot));
export const GeneralsWithFriend = lazyPart(() => import("./GeneralsForms").then((m) => m.GeneralsWithFriend));
export const GeneralsRoundFields = lazyPart(() => import("./GeneralsRoundFields").then((m) => m.GeneralsRoundFields));
