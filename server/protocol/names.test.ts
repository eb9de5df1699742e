import { describe, expect, it } from "vitest";
import { checkJoinCode, checkNickname, JOIN_CODE_ALPHABET, MAX_NICKNAME } from "./names";
import { joinCodeSchema, nicknameSchema } from "./schemas";

/** The browser's checks (names.ts) and the server's schemas must agree on every shape. */
describe("zod-free name checks", () => {
  const nicknames = ["Ada", "  Ada  ", "", "   ", "a".repeat(MAX_NICKNAME), "a".repeat(MAX_NICKNAME + 1), " ".repeat(30) + "b", "अनु", "ณัฐ", "Zoë", "O'Neil-Smith_2.0", "a<b", "emoji😀", "tab\tname", "x\u0301"];

  it.each(nicknames)("checkNickname(%j) agrees with nicknameSchema", (raw) => {
    const ours = checkNickname(raw);
    const theirs = nicknameSchema.safeParse(raw);
    expect(ours.ok).toBe(theirs.success);
    if (ours.ok && theirs.success) expect(ours.value).toBe(theirs.data);
    if (!ours.ok && !theirs.success) expect(ours.message).toBe(theirs.error.issues[0].message);
  });

  const codes = ["ABC234", " abc234 ", "ABC23", "ABC2345", "ABC0O1", "abcdef", "", JOIN_CODE_ALPHABET.slice(0, 6), "ZZZZZ9"];

  it.each(codes)("checkJoinCode(%j) agrees with joinCodeSchema", (raw) => {
    const ours = checkJoinCode(raw);
    const theirs = joinCodeSchema.safeParse(raw);
    expect(ours.ok).toBe(theirs.success);
    if (ours.ok && theirs.success) expect(ours.value).toBe(theirs.data);
    if (!ours.ok && !theirs.success) expect(ours.message).toBe(theirs.error.issues[0].message);
  });

  it("leaves the offensive-word check to the server", () => {
    expect(checkNickname("fuck").ok).toBe(true);
    expect(nicknameSchema.safeParse("fuck").success).toBe(false);
  });
});
