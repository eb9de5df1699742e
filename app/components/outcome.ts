/** Words for outcomes and seats, shared by the game screens, replays and leaderboards. */

export const OUTCOME_TITLE: Record<string, string> = {
  victory: "Victory: both armies attacked",
  "no-battle": "No battle: both armies held",
  "defeat-A": "Defeat: A attacked alone",
  "defeat-B": "Defeat: B attacked alone",
  date: "A date: both showed up",
  nothing: "Nothing: both stayed home",
  "stood-up-alice": "Humiliation: Alice showed up alone",
  "stood-up-bob": "Humiliation: Bob showed up alone",
  decided: "Decided: every correct process decided",
  undecided: "Undecided: the limit came first",
  "kept-open": "Kept open: the run stayed bivalent to the target",
  forced: "Forced: the protocol's decision was fixed",
  disagreement: "Disagreement: two processes decided differently",
  "time-up": "Time up: the run was still open",
  solved: "Puzzle solved",
  missed: "Puzzle missed",
};

export const OUTCOME_SHORT: Record<string, string> = {
  victory: "Victory",
  "no-battle": "No battle",
  "defeat-A": "A alone",
  "defeat-B": "B alone",
  date: "Date",
  nothing: "Nothing",
  "stood-up-alice": "Alice alone",
  "stood-up-bob": "Bob alone",
  decided: "Decided",
  undecided: "Undecided",
  "kept-open": "Kept open",
  forced: "Forced",
  disagreement: "Disagreed",
  "time-up": "Time up",
  solved: "Solved",
  missed: "Missed",
};

const GOOD = new Set(["victory", "date", "decided", "kept-open", "solved"]);
const NEUTRAL = new Set(["no-battle", "nothing", "undecided", "forced", "time-up", "missed"]);

export function outcomeTone(outcome: string): string {
  if (GOOD.has(outcome)) return "bg-emerald-100 text-emerald-900 ring-emerald-300";
  if (NEUTRAL.has(outcome)) return "bg-slate-100 text-slate-800 ring-slate-300";
  return "bg-rose-100 text-rose-900 ring-rose-300";
}

/** The colour class of an outcome in charts. */
export function outcomeColor(outcome: string): string {
  if (GOOD.has(outcome)) return "bg-emerald-500";
  if (NEUTRAL.has(outcome)) return "bg-slate-400";
  return outcome.endsWith("B") || outcome.endsWith("bob") ? "bg-rose-400" : "bg-rose-500";
}

/** A telling's own outcome words (server/protocol/skins.ts), where they differ. */
const SKIN_OUTCOMES: Record<string, { title: Record<string, string>; short: Record<string, string> }> = {
  gangsters: {
    title: {
      victory: "The job came off: both gangs pulled it",
      "no-battle": "Nothing doing: both gangs laid low",
      "defeat-A": "Busted: A pulled the job alone",
      "defeat-B": "Busted: B pulled the job alone",
    },
    short: { victory: "Job done", "no-battle": "Laid low", "defeat-A": "A alone", "defeat-B": "B alone" },
  },
};

/** `skin`: the telling the game was played in, if any (snapshot, trace or timeline `skin`). */
export const outcomeTitle = (outcome: string, skin?: string): string => (skin && SKIN_OUTCOMES[skin]?.title[outcome]) || (OUTCOME_TITLE[outcome] ?? outcome);
export const outcomeShort = (outcome: string, skin?: string): string => (skin && SKIN_OUTCOMES[skin]?.short[outcome]) || (OUTCOME_SHORT[outcome] ?? outcome);

export const SEAT_COLOR: Record<string, string> = {
  A: "var(--color-general-a)",
  B: "var(--color-general-b)",
  enemy: "var(--color-enemy)",
};

// Consensus processes keep their short names ("p3"): they label lines, cards and chips.
const SEAT_TITLES: Record<string, string> = { A: "General A", B: "General B", enemy: "The Enemy", alice: "Alice", bob: "Bob", adversary: "The adversary" };
const SKIN_SEAT_TITLES: Record<string, Record<string, string>> = { gangsters: { A: "Boss A", B: "Boss B", enemy: "The police" } };
export const seatTitle = (seat: string, skin?: string): string => (skin && SKIN_SEAT_TITLES[skin]?.[seat]) || (SEAT_TITLES[seat] ?? seat);

/** A telling's own title for its scenario (server/protocol/skins.ts), if it has one. */
export const skinTitle = (skin?: string): string | undefined => (skin === "gangsters" ? "Two Gangs" : undefined);

/** A score with its sign: +3, 0, -2. */
export function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}

/** How a message the third seat took is told: "captured by the Enemy" (or the skin's words). */
export const lostToEnemy = (skin?: string): string => (skin === "gangsters" ? "picked up by the police" : "captured by the Enemy");
