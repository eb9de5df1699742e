"use client";
/** The browser pieces of FLP's UI, each loaded the first time it is shown (see consensus/lazy.tsx for why here). */
import { seatGame } from "../playUi";
import { lazyPart, LOADING } from "../lazyPart";

export const FlpGame = lazyPart(() => import("./game/FlpGame").then((m) => seatGame(m.FlpGame)), LOADING);
export const FlpBriefing = lazyPart(() => import("./Briefing").then((m) => m.FlpBriefing));
export const FlpSchedulerForm = lazyPart(() => import("./FlpForms").then((m) => m.FlpSchedulerForm));
export const FlpWatchForm = lazyPart(() => import("./FlpForms").then((m) => m.FlpWatchForm));
export const FlpPuzzleForm = lazyPart(() => import("./FlpForms").then((m) => m.FlpPuzzleForm));
export const FlpRoundFields = lazyPart(() => import("./FlpRoundFields").then((m) => m.FlpRoundFields));
export const BivalentBySchedulerChart = lazyPart(() => import("./ClassPieces").then((m) => m.BivalentBySchedulerChart), LOADING);
export const FlpClassDebrief = lazyPart(() => import("./ClassPieces").then((m) => m.FlpClassDebrief));
export const FlpReplayRun = lazyPart(() => import("./ReplayRun").then((m) => m.FlpReplayRun));
export const FlpPuzzleReveal = lazyPart(() => import("./ReplayRun").then((m) => m.FlpPuzzleReveal));
