/**
 * The Two Generals' words, in each telling (server/protocol/skins.ts): the generals' own, and the
 * gangsters' (the problem's first form, 1975). Same rules, seats, moves and parameters; only
 * names and words change. Pure data, so every screen (live, briefing, dawn report, replay, class)
 * reads one table and the tellings cannot drift apart.
 */
import type { Skin } from "@/server/protocol/skins";

export interface Telling {
  /** The skin this telling is (absent for the generals' own). */
  skin?: Skin;
  /** The scenario's title in this telling. */
  title: string;
  blurb: string;
  /** A player seat's name: "General A". */
  party: (seat: "A" | "B") => string;
  /** The third seat, capitalised at the start of a sentence: "The Enemy". */
  Enemy: string;
  /** The same inside a sentence: "the Enemy". */
  enemy: string;
  /** Who carries a message: "messenger". */
  messenger: string;
  /** What the first message carries: "the plan". */
  plan: string;
  /** Where messengers cross: "the valley". */
  valley: string;
  /** A messenger lost on the way: "captured". */
  captured: string;
  /** The third seat's move: "Capture". */
  capture: string;
  /** The committing act, as a button and as a word: "Attack at dawn", "attack". */
  attackButton: string;
  attack: string;
  attacked: string;
  /** Holding back: "Hold", "hold", "held". */
  holdButton: string;
  hold: string;
  held: string;
  /** The two sides together: "armies". */
  sides: string;
  /** The class charts' three outcome classes (ClassUi.outcomeWords). */
  classOutcomes: { success: string; neither: string; unsafe: string };
}

const GENERALS: Telling = {
  title: "Two Generals",
  blurb: "Two generals must attack together; their messengers cross a valley where they may be caught.",
  party: (seat) => `General ${seat}`,
  Enemy: "The Enemy",
  enemy: "the Enemy",
  messenger: "messenger",
  plan: "the plan",
  valley: "the valley",
  captured: "captured",
  capture: "Capture",
  attackButton: "Attack at dawn",
  attack: "attack",
  attacked: "attacked",
  holdButton: "Hold",
  hold: "hold",
  held: "held",
  sides: "armies",
  classOutcomes: { success: "Attacked together", neither: "Both held", unsafe: "Lone attack" },
};

const GANGSTERS: Telling = {
  skin: "gangsters",
  title: "Two Gangs",
  blurb: "Two gang bosses must pull the job together; their couriers cross a city where the police may pick them up.",
  party: (seat) => `Boss ${seat}`,
  Enemy: "The police",
  enemy: "the police",
  messenger: "courier",
  plan: "the job",
  valley: "the streets",
  captured: "picked up",
  capture: "Pick up",
  attackButton: "Pull the job at dawn",
  attack: "pull the job",
  attacked: "pulled the job",
  holdButton: "Lie low",
  hold: "lie low",
  held: "laid low",
  sides: "gangs",
  classOutcomes: { success: "Pulled the job together", neither: "Both laid low", unsafe: "Lone job" },
};

/** The bots' strategies in the gangsters' words (the generals' are the engine's STRATEGY_DESCRIPTIONS). */
export const GANGSTER_STRATEGY_WORDS: Record<string, string> = {
  bold: "Goes without waiting: A at once, B as soon as word of the job arrives.",
  acknowledged: "Pulls the job only once one of its own couriers has been acknowledged.",
  "chain-3": "Pulls the job once the chain of couriers reaches depth 3 at its end.",
  "chain-4": "Pulls the job once the chain of couriers reaches depth 4 at its end.",
  "chain-6": "Pulls the job once the chain of couriers reaches depth 6 at its end.",
  timid: "Keeps the couriers running but never pulls the job.",
  adversarial: "Lets the chain grow to a level it picks in secret, then picks up every courier that would go further.",
  random: "Picks up each courier with a fixed chance.",
};

export const TELLINGS: Record<"generals" | Skin, Telling> = { generals: GENERALS, gangsters: GANGSTERS };

/** The telling of a game: its skin's, or the generals' own. */
export const tellingOf = (skin: Skin | undefined): Telling => TELLINGS[skin ?? "generals"];
