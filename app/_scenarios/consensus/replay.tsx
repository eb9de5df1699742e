import type { ReplayUi } from "../replayUi";

export const replay: ReplayUi = {};
