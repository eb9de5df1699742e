"use client";
/** The browser pieces of Falcon's UI, each loaded the first time it is shown (see consensus/lazy.tsx for why here). */
import { seatGame } from "../playUi";
import { lazyPart, LOADING } from "../lazyPart";

export const FalconGame = lazyPart(() => import("./game/FalconGame").then((m) => seatGame(m.FalconGame)), LOADING);
export const FalconBriefing = lazyPart(() => import("./Briefing").then((m) => m.FalconBriefing));
export const FalconOperatorForm = lazyPart(() => import("./FalconForms").then((m) => m.FalconOperatorForm));
export const FalconChaosForm = lazyPart(() => import("./FalconForms").then((m) => m.FalconChaosForm));
export const FalconRoundFields = lazyPart(() => import("./FalconRoundFields").then((m) => m.FalconRoundFields));
export const TimeoutChart = lazyPart(() => import("./ClassPieces").then((m) => m.TimeoutChart), LOADING);
export const FalconClassDebrief = lazyPart(() => import("./ClassPieces").then((m) => m.FalconClassDebrief));
export const FalconReplayViews = lazyPart(() => import("./replay/ReplayViews").then((m) => m.FalconReplayViews));
export const FalconReplayCompare = lazyPart(() => import("./replay/ReplayCompare").then((m) => m.ReplayCompare));
