"use client";
/**
 * The browser pieces of consensus's UI, each loaded the first time it is shown (lazyPart). The
 * part modules (play.tsx, classroom.tsx) hold these, not the components: a "use client" module,
 * so that a server page reading the registry meets one small client module here and not every
 * screen, form and chart behind it (a server graph's client components all load with its page).
 */
import { seatGame } from "../playUi";
import { lazyPart, LOADING } from "../lazyPart";

export const ConsensusGame = lazyPart(() => import("./game/ConsensusGame").then((m) => seatGame(m.ConsensusGame)), LOADING);
export const ConsensusBriefing = lazyPart(() => import("./Briefing").then((m) => m.ConsensusBriefing));
export const ConsensusAsProcess = lazyPart(() => import("./ConsensusForms").then((m) => m.ConsensusAsProcess));
export const ConsensusAsAdversary = lazyPart(() => import("./ConsensusForms").then((m) => m.ConsensusAsAdversary));
export const ConsensusRoundFields = lazyPart(() => import("./ConsensusRoundFields").then((m) => m.ConsensusRoundFields));
export const VerdictPie = lazyPart(() => import("./ClassPieces").then((m) => m.VerdictPie), LOADING);
export const CheckerNote = lazyPart(() => import("./ClassPieces").then((m) => m.CheckerNote));
export const ReplayLens = lazyPart(() => import("./ReplayLens").then((m) => m.ReplayLens));
export const ReplayRunReport = lazyPart(() => import("./ReplayRunReport").then((m) => m.ReplayRunReport));
