/** Noon to midnight: the night has twelve game hours, and an SMS takes one. (No zod here: the browser's game screen reads it.) */
export const NIGHT_HOURS = 12;
