import { describe, expect, it } from "vitest";
import { uniqueNickname } from "./nicknames";

describe("class nicknames", () => {
  it("numbers duplicates, ignoring case, within the length limit", () => {
    expect(uniqueNickname("Ada", [], 24)).toBe("Ada");
    expect(uniqueNickname("ada", ["Ada"], 24)).toBe("ada 2");
    expect(uniqueNickname("Ada", ["Ada", "ADA 2"], 24)).toBe("Ada 3");
    const long = "x".repeat(24);
    const second = uniqueNickname(long, [long], 24);
    expect(second).toHaveLength(24);
    expect(second.endsWith(" 2")).toBe(true);
  });
});
