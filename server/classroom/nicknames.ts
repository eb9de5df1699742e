/**
 * Nicknames in a class: a basic offensive-word filter (the obscenity package's English list,
 * which sees through l33t and spacing tricks) and duplicates resolved by numbering.
 */
import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from "obscenity";

const matcher = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });

export function isOffensive(nickname: string): boolean {
  return matcher.hasMatch(nickname);
}

/** The nickname, or "Name 2", "Name 3"… if another student already has it (case-insensitive). */
export function uniqueNickname(wanted: string, taken: Iterable<string>, maxLength: number): string {
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  if (!used.has(wanted.toLowerCase())) return wanted;
  for (let i = 2; ; i++) {
    const suffix = ` ${i}`;
    const candidate = wanted.slice(0, maxLength - suffix.length) + suffix;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}
