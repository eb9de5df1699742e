/**
 * The fixed seeds of every challenge's nights: the same for every player, so results compare
 * like for like. Server-only (never imported by app/): an unplayed night's seed is not shipped to
 * browsers. A finished game's trace does publish its seed, as every trace does.
 */
export const CHALLENGE_SEEDS: Record<string, readonly number[]> = {
  "foggy-valley": [0x0f0661e5, 0x2b7e1516],
  "reading-enemy": [0x3243f6a8, 0x85a308d3],
  "be-the-enemy": [0x13198a2e, 0x03707344, 0xa4093822],
  "lucky-night": [0x299f31d0, 0x082efa98],
  "half-lost": [0xec4e6c89, 0x452821e6],
  "waiting-for-alice": [0x38d01377, 0xbe5466cf, 0x34e90c6c],
  "first-coordinator": [0xc0ac29b7, 0xc97c50dd],
  "lying-detector": [0x3f84d5b5, 0xb5470917, 0x9216d5d9],
  "keep-five-undecided": [0x8979fb1b, 0xd1310ba6],
  "find-the-bivalent-start": [0x98dfb5ac, 0x2ffd72db],
  "where-lemma-one-bites": [0xd01adfb7, 0xb8e1afed],
  procrastinate: [0x6a267e96, 0xba7c9045],
  "split-the-vote": [0x15afb627, 0xf4e4a5bc],
  "tight-fairness": [0x3b446a59, 0xbc8ff29e],
  "outrun-the-coins": [0xa3bef3ff, 0xb8b89d0a],
  "silence-the-chosen": [0x636920d8, 0x71574e69],
  "three-ways": [0xa458fea3, 0xf4933d7e],
  "halve-the-spread": [0x0801f2e2, 0x858efc16],
  "crash-or-pause": [0x7d84a5c3, 0x3b8b5ebe],
  "behind-the-partition": [0xe06f75d8, 0x85c12073],
  "no-app-spy": [0x401a449f, 0x56c16aa6],
};

/** The seed of a challenge's night (0-based), or undefined if it has no such night. */
export function seedOf(challengeId: string, nightIndex: number): number | undefined {
  return Object.hasOwn(CHALLENGE_SEEDS, challengeId) ? CHALLENGE_SEEDS[challengeId][nightIndex] : undefined;
}
