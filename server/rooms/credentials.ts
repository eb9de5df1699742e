/** Secrets and identifiers: seat tokens, game ids, join codes, seeds. */
import { randomBytes, randomInt, timingSafeEqual } from "node:crypto";
import { customAlphabet, nanoid } from "nanoid";
import { JOIN_CODE_ALPHABET } from "../protocol/schemas";

export const newGameId = (): string => nanoid(12);
export const newJoinCode = customAlphabet(JOIN_CODE_ALPHABET, 6);
/** 32 URL-safe characters from 24 random bytes. */
export const newSeatToken = (): string => randomBytes(24).toString("base64url");
/** A fresh 32-bit seed for a game's PRNG. */
export const newSeed = (): number => randomInt(0, 2 ** 32);

/** Compare two secrets in constant time. */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
