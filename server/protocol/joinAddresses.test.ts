import { describe, expect, it } from "vitest";
import { chooseJoinBase, isLoopbackHost, isLoopbackUrl, joinChoices, joinUrl, type JoinAddresses } from "./joinAddresses";

const lan: JoinAddresses = {
  publicUrl: null,
  lan: [
    { url: "http://192.168.1.20:3000", interface: "wlan0", family: "IPv4" },
    { url: "http://[fd00::20]:3000", interface: "wlan0", family: "IPv6" },
  ],
  listening: "all",
};
const none: JoinAddresses = { publicUrl: null, lan: [], listening: "loopback" };
const pub: JoinAddresses = { ...lan, publicUrl: "https://bivalent.school.example" };

describe("isLoopbackHost", () => {
  it.each(["localhost", "LOCALHOST", "app.localhost", "127.0.0.1", "127.1.2.3", "::1", "[::1]", "0.0.0.0", "::ffff:127.0.0.1", "localhost."])("%s is loopback", (h) => expect(isLoopbackHost(h)).toBe(true));
  it.each(["192.168.1.20", "10.0.0.1", "fd00::2", "[fd00::2]", "bivalent.school.example", "128.0.0.1", "localhost.example"])("%s is not", (h) => expect(isLoopbackHost(h)).toBe(false));
  it("reads URLs, and counts an unreadable one as unusable", () => {
    expect(isLoopbackUrl("http://localhost:3000")).toBe(true);
    expect(isLoopbackUrl("http://[::1]:3000")).toBe(true);
    expect(isLoopbackUrl("http://192.168.1.20:3000")).toBe(false);
    expect(isLoopbackUrl("")).toBe(true);
  });
});

describe("choosing the join address", () => {
  it("uses PUBLIC_URL and nothing else when it is set, whatever was picked", () => {
    expect(joinChoices(pub, "http://localhost:3000").map((c) => c.url)).toEqual(["https://bivalent.school.example"]);
    expect(chooseJoinBase(pub, "http://localhost:3000", "http://192.168.1.20:3000")).toBe("https://bivalent.school.example");
  });

  it("defaults to the browser's origin when phones can open it", () => {
    expect(chooseJoinBase(lan, "http://192.168.1.20:3000", null)).toBe("http://192.168.1.20:3000");
    expect(chooseJoinBase(lan, "https://bivalent.school.example/", null)).toBe("https://bivalent.school.example");
    expect(joinChoices(lan, "http://192.168.1.20:3000").map((c) => c.url)).toEqual(["http://192.168.1.20:3000", "http://[fd00::20]:3000"]);
  });

  it("defaults to the first LAN address when the browser is on localhost, and keeps localhost last", () => {
    expect(chooseJoinBase(lan, "http://localhost:3000", null)).toBe("http://192.168.1.20:3000");
    const choices = joinChoices(lan, "http://localhost:3000");
    expect(choices.map((c) => [c.url, c.loopback])).toEqual([
      ["http://192.168.1.20:3000", false],
      ["http://[fd00::20]:3000", false],
      ["http://localhost:3000", true],
    ]);
    expect(choices[2].label).toMatch(/this computer only/);
  });

  it("keeps the host's pick while it is offered, and forgets one that is not", () => {
    expect(chooseJoinBase(lan, "http://localhost:3000", "http://[fd00::20]:3000")).toBe("http://[fd00::20]:3000");
    expect(chooseJoinBase(lan, "http://localhost:3000", "http://localhost:3000")).toBe("http://localhost:3000");
    expect(chooseJoinBase(lan, "http://localhost:3000", "http://10.9.9.9:3000")).toBe("http://192.168.1.20:3000");
  });

  it("falls back to the loopback origin when there is nothing else (the console warns)", () => {
    expect(chooseJoinBase(none, "http://127.0.0.1:3100", null)).toBe("http://127.0.0.1:3100");
    expect(chooseJoinBase(null, "http://localhost:3000", null)).toBe("http://localhost:3000");
  });

  it("builds the join link the QR code encodes", () => {
    expect(joinUrl("http://192.168.1.20:3000", "K7QX2M")).toBe("http://192.168.1.20:3000/c/K7QX2M");
    expect(joinUrl("https://bivalent.school.example/", "K7QX2M")).toBe("https://bivalent.school.example/c/K7QX2M");
  });
});
