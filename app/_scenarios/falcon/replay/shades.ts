/** The colours of the replay's layer states, shared by the lanes, their legend and the truth card. */
import type { Shade } from "./lanes";

export const SHADE_CLASS: Record<Shade, string> = { up: "bg-emerald-300", silent: "bg-amber-300", failed: "bg-rose-500", killed: "bg-violet-500" };

export const SHADE_WORDS: Record<Shade, string> = { up: "up", silent: "alive but silent (slow, partitioned)", failed: "failed", killed: "killed by the operator" };
