/** What a scenario's UI folder gives the replay screens. */
export type ReplayUi = Record<string, never>;
