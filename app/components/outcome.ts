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

export const outcomeTitle = (outcome: string): string => OUTCOME_TITLE[outcome] ?? outcome;
export const outcomeShort = (outcome: string): string => OUTCOME_SHORT[outcome] ?? outcome;

export const SEAT_COLOR: Record<string, string> = {
  A: "var(--color-general-a)",
  B: "var(--color-general-b)",
  enemy: "var(--color-enemy)",
};

// Consensus processes keep their short names ("p3"): they label lines, cards and chips.
const SEAT_TITLES: Record<string, string> = { A: "General A", B: "General B", enemy: "The Enemy", alice: "Alice", bob: "Bob", adversary: "The adversary" };
export const seatTitle = (seat: string): string => SEAT_TITLES[seat] ?? seat;

/** A score with its sign: +3, 0, -2. */
export function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}
