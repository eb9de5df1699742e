/**
 * Nicknames in a class: duplicates resolved by numbering. (Offensive names never get this far:
 * the nickname schema refuses them everywhere, see server/names/offensive.ts.)
 */

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
