"use client";
/** The browser pieces of the weaker-agreement UI, each loaded the first time it is shown (see consensus/lazy.tsx for why here). */
import { seatGame } from "../playUi";
import { lazyPart, LOADING } from "../lazyPart";

export const WeakerGame = lazyPart(() => import("./game/WeakerGame").then((m) => seatGame(m.WeakerGame)), LOADING);
export const WeakerBriefing = lazyPart(() => import("./Briefing").then((m) => m.WeakerBriefing));
export const WeakerAdversaryForm = lazyPart(() => import("./WeakerForms").then((m) => m.WeakerAdversaryForm));
export const WeakerWatchForm = lazyPart(() => import("./WeakerForms").then((m) => m.WeakerWatchForm));
export const WeakerRoundFields = lazyPart(() => import("./WeakerRoundFields").then((m) => m.WeakerRoundFields));
