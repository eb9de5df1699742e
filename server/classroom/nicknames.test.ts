import { describe, expect, it } from "vitest";
import { isOffensive, uniqueNickname } from "./nicknames";

describe("class nicknames", () => {
  it("refuses offensive words, even disguised, and keeps ordinary names", () => {
    expect(isOffensive("fuck")).toBe(true);
    expect(isOffensive("FUUUCK")).toBe(true);
    expect(isOffensive("sh1t")).toBe(true);
    expect(isOffensive("Scunthorpe")).toBe(false);
    expect(isOffensive("Ada")).toBe(false);
  });

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
