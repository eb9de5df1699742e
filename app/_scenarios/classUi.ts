/** What a scenario's UI folder gives the class screens. */
export type ClassUi = Record<string, never>;
