/**
 * The ready-made content a scenario brings besides its rules: solo challenges and class rounds.
 * Plain data in the scenario's folder; server/challenges/catalogue.ts and
 * server/classroom/presets.ts gather them from every registered scenario.
 */

/** One night of a challenge: its seed is server-side; the bots may differ from night to night. */
export interface ChallengeNight {
  /** Shown on the card and the per-night leaderboard. */
  label: string;
  /** Bot strategy per seat for this night, overriding the challenge's `others`. */
  others?: Record<string, string>;
}

/** A solo challenge, as its scenario writes it (the catalogue adds the scenario id). */
export interface ChallengeSpec {
  /** Stable: stored with every game of the challenge. */
  id: string;
  /** 1, 2, 3… within its scenario: the order of the ladder, easiest first. */
  level: number;
  name: string;
  difficulty: "gentle" | "tricky" | "hard" | "fiendish";
  /** The situation, in a sentence or two. */
  story: string;
  /** What to aim for, shown before playing. */
  objective: string;
  /** The seat the player takes. */
  seat: string;
  params: Record<string, unknown>;
  /** Bot strategy for every other seat. */
  others: Record<string, string>;
  nights: readonly ChallengeNight[];
  /** Which of the scenario's `challengeRules` scores it. */
  scoring: { kind: string };
  /**
   * When a night meets the objective: its challenge score reaches `minScore` (the score the
   * player sees at the night's end, so they see at once whether they met it). `met` says it in
   * the objective's words, shown before playing. The challenge is met, and the next one on the
   * ladder unlocks, once every one of its nights has met it (server/challenges/catalogue.ts).
   */
  goal: { minScore: number; met: string };
}

/** A ready-made class round, as its scenario writes it (the preset list adds the scenario id). */
export interface ClassRoundPreset {
  id: string;
  title: string;
  /** One line for the host: what the round shows. */
  blurb: string;
  params: Record<string, unknown>;
  /** Seats students take; absent means the scenario's players (`Scenario.role`). */
  studentSeats?: string[];
  /** Strategies for the seats bots play; absent seats get the seat's first strategy. */
  bots?: Record<string, string>;
  tickMs: number;
  /** How students' Bot API bots are spread over the games (startRoundSchema `seating`); "shuffled" if absent. */
  seating?: "shuffled" | "mixed";
  /** Another telling of the scenario (server/protocol/skins.ts): its games' words and pictures. */
  skin?: "gangsters";
}
