import { describe, expect, it } from "vitest";
import { clientAddress } from "./clientAddress";

describe("clientAddress", () => {
  it("is the socket's own address without trusted proxies, whatever the header says", () => {
    expect(clientAddress("10.0.0.9", "1.2.3.4", 0)).toBe("10.0.0.9");
  });

  it("behind one proxy, the address that proxy appended, not what the client wrote before it", () => {
    expect(clientAddress("10.0.0.2", "6.6.6.6, 203.0.113.7", 1)).toBe("203.0.113.7");
    expect(clientAddress("10.0.0.2", "203.0.113.7", 1)).toBe("203.0.113.7");
  });

  it("behind two proxies, the address the outer one saw", () => {
    expect(clientAddress("10.0.0.2", "6.6.6.6, 203.0.113.7, 10.0.0.1", 2)).toBe("203.0.113.7");
  });

  it("falls back to the socket's address when the header is missing, short or not an address", () => {
    expect(clientAddress("10.0.0.2", undefined, 1)).toBe("10.0.0.2");
    expect(clientAddress("10.0.0.2", "203.0.113.7", 2)).toBe("10.0.0.2");
    expect(clientAddress("10.0.0.2", "x".repeat(300), 1)).toBe("10.0.0.2");
    expect(clientAddress("10.0.0.2", ["6.6.6.6", "203.0.113.7"], 1)).toBe("203.0.113.7");
  });
});
