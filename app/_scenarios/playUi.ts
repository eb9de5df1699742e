/** What a scenario's UI folder gives the play screens. */
export type PlayUi = Record<string, never>;
