/**
 * The shape of a nickname and of a join code: the bounds and patterns that the zod schemas
 * (schemas.ts) apply on the server, and the same checks for the browser's forms. No zod, no
 * Node and no word list here: the play pages' bundles import this file. The offensive-name
 * check stays on the server (server/names/offensive.ts); a refused name comes back as
 * `NICKNAME_REFUSED`.
 */

export const MAX_NICKNAME = 24;

/** Letters (with their combining marks: Hindi, Thai, decomposed accents), digits and a few separators. */
export const NICKNAME_PATTERN = /^[\p{L}\p{M}\p{N} _.'-]+$/u;

/** What is wrong with a (trimmed) nickname's shape, in the words the forms and the server use. */
export const NICKNAME_MESSAGES = {
  empty: "A nickname needs at least one character",
  long: `A nickname has at most ${MAX_NICKNAME} characters`,
  characters: "Letters, digits, spaces and _ . ' - only",
} as const;

/** Join codes: six characters from an alphabet without look-alikes (no 0/O, 1/I/L). */
export const JOIN_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const JOIN_CODE_PATTERN = /^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/;
export const JOIN_CODE_MESSAGE = "A join code is six letters and digits";

export type Checked = { ok: true; value: string } | { ok: false; message: string };

/**
 * A nickname as the server will read it (trimmed), or the first thing wrong with its shape, in
 * the order the server's schema checks them. Does not check for offensive words: the server does.
 */
export function checkNickname(raw: string): Checked {
  const value = raw.trim();
  if (value.length < 1) return { ok: false, message: NICKNAME_MESSAGES.empty };
  if (value.length > MAX_NICKNAME) return { ok: false, message: NICKNAME_MESSAGES.long };
  if (!NICKNAME_PATTERN.test(value)) return { ok: false, message: NICKNAME_MESSAGES.characters };
  return { ok: true, value };
}

/** A join code as the server will read it (trimmed, upper case), or why it is not one. */
export function checkJoinCode(raw: string): Checked {
  const value = raw.trim().toUpperCase();
  return JOIN_CODE_PATTERN.test(value) ? { ok: true, value } : { ok: false, message: JOIN_CODE_MESSAGE };
}
