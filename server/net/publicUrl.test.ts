import { describe, expect, it } from "vitest";
import { parsePublicUrl, PublicUrlError } from "./publicUrl";

describe("parsePublicUrl", () => {
  it("is null when unset or blank", () => {
    expect(parsePublicUrl(undefined)).toBeNull();
    expect(parsePublicUrl("")).toBeNull();
    expect(parsePublicUrl("   ")).toBeNull();
  });

  it("normalises to an origin: no trailing slash, lower-case host, default port dropped", () => {
    expect(parsePublicUrl("http://192.168.1.20:3000")).toBe("http://192.168.1.20:3000");
    expect(parsePublicUrl("http://192.168.1.20:3000/")).toBe("http://192.168.1.20:3000");
    expect(parsePublicUrl(" https://Bivalent.School.Example/ ")).toBe("https://bivalent.school.example");
    expect(parsePublicUrl("http://example.org:80/")).toBe("http://example.org");
    expect(parsePublicUrl("https://example.org:443")).toBe("https://example.org");
    expect(parsePublicUrl("http://[fd00::2]:3000/")).toBe("http://[fd00::2]:3000");
  });

  it.each([
    ["192.168.1.20:3000", "scheme"],
    ["ftp://192.168.1.20", "http or https"],
    ["http://192.168.1.20:3000/bivalent", "no path"],
    ["http://192.168.1.20:3000//", "no path"],
    ["http://192.168.1.20:3000/?x=1", "no query"],
    ["http://192.168.1.20:3000/?", "no query"],
    ["http://192.168.1.20:3000/#top", "no fragment"],
    ["http://user:pw@192.168.1.20:3000", "user name or password"],
    ["not a url", "not a URL"],
    ["http://", "not a URL"],
  ])("refuses %s with a message that says why", (value, why) => {
    expect(() => parsePublicUrl(value)).toThrow(PublicUrlError);
    expect(() => parsePublicUrl(value)).toThrow(why);
    expect(() => parsePublicUrl(value)).toThrow("PUBLIC_URL=");
  });
});
