import type { PlayUi } from "../playUi";

export const play: PlayUi = {};
