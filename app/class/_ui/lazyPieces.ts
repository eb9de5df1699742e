"use client";
/**
 * The knowledge-ladder debrief's browser pieces, each loaded the first time it is shown: the
 * chart (recharts) and the two worlds (which replay traces). A "use client" module, so that a
 * server page reading the UI registry meets this small module and not the pieces behind it.
 */
import { lazyPart, LOADING } from "@/app/_scenarios/lazyPart";

export const DepthScatter = lazyPart(() => import("./DepthScatter").then((m) => m.DepthScatter), LOADING);
export const TwoWorldsSection = lazyPart(() => import("./TwoWorldsExample").then((m) => m.TwoWorldsSection));
