/**
 * The class charts (ClassCharts: recharts, a few hundred kB before gzip) as the host console and
 * the debrief use them: loaded the first time a round's charts are shown, not with the page.
 */
import { lazyPart, LOADING } from "@/app/_scenarios/lazyPart";

export const LazyClassCharts = lazyPart(() => import("./ClassCharts").then((m) => m.ClassCharts), LOADING);
