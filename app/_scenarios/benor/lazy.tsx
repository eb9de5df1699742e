"use client";
/** The browser pieces of Ben-Or's UI, each loaded the first time it is shown (see consensus/lazy.tsx for why here). */
import { seatGame } from "../playUi";
import { lazyPart, LOADING } from "../lazyPart";

export const BenorGame = lazyPart(() => import("./game/BenorGame").then((m) => seatGame(m.BenorGame)), LOADING);
export const BenorBriefing = lazyPart(() => import("./Briefing").then((m) => m.BenorBriefing));
export const BenorAdversaryForm = lazyPart(() => import("./BenorForms").then((m) => m.BenorAdversaryForm));
export const BenorWatchForm = lazyPart(() => import("./BenorForms").then((m) => m.BenorWatchForm));
export const BenorRoundFields = lazyPart(() => import("./BenorRoundFields").then((m) => m.BenorRoundFields));
