/** Secrets and identifiers: seat tokens, game ids, join codes, seeds. */
import { createHash, createHmac, randomBytes, randomInt, timingSafeEqual } from "node:crypto";
import { customAlphabet, nanoid } from "nanoid";
import { JOIN_CODE_ALPHABET } from "../protocol/schemas";

export const newGameId = (): string => nanoid(12);
export const newJoinCode = customAlphabet(JOIN_CODE_ALPHABET, 6);
/** 32 URL-safe characters from 24 random bytes. */
export const newSeatToken = (): string => randomBytes(24).toString("base64url");
/** SHA-256 hex of a secret: the only form in which seat tokens are stored. */
export const hashSecret = (secret: string): string => createHash("sha256").update(secret, "utf8").digest("hex");

/** A fresh seat token and its hash: the room keeps the hash, the token goes to its holder only. */
export function newSeatCredential(): { token: string; tokenHash: string } {
  const token = newSeatToken();
  return { token, tokenHash: hashSecret(token) };
}

/**
 * A class student's seat token for one round, derived from their student token: a restarted server,
 * which keeps only hashes, can give it back when the student returns with their student token
 * (server/classroom/classService.ts `rejoin`) and the seat grant their browser saved still works.
 */
export function classSeatCredential(studentToken: string, roundId: string): { token: string; tokenHash: string } {
  const token = createHmac("sha256", studentToken).update(`class-seat:${roundId}`, "utf8").digest().subarray(0, 24).toString("base64url");
  return { token, tokenHash: hashSecret(token) };
}

/** A fresh 32-bit seed for a game's PRNG. */
export const newSeed = (): number => randomInt(0, 2 ** 32);

/** Compare two secrets in constant time. */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
