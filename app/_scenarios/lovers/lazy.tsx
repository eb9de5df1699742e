"use client";
/**
 * The browser pieces of the Two Insecure Lovers's UI, each loaded the first time it is shown (lazyPart). The
 * part modules (play.tsx, classroom.tsx) hold these, not the components: a "use client" module,
 * so that a server page reading the registry meets one small client module here and not every
 * screen, form and chart behind it (a server graph's client components all load with its page).
 */
import { seatGame } from "../playUi";
import { lazyPart, LOADING } from "../lazyPart";

export const LoversGame = lazyPart(() => import("./game/LoversGame").then((m) => seatGame(m.LoversGame)), LOADING);
export const LoversBriefing = lazyPart(() => import("./Briefing").then((m) => m.LoversBriefing));
export const LoversVersusBot = lazyPart(() => import("./LoversForms").then((m) => m.LoversVersusBot));
export const LoversWithFriend = lazyPart(() => import("./LoversForms").then((m) => m.LoversWithFriend));
export const LoversRoundFields = lazyPart(() => import("./LoversRoundFields").then((m) => m.LoversRoundFields));
