import type { NetworkInterfaceInfo } from "node:os";
import { describe, expect, it } from "vitest";
import { joinAddresses, joinAdvice, lanAddresses, listeningOn, type Interfaces } from "./lanAddresses";

const v4 = (address: string, internal = false): NetworkInterfaceInfo => ({ address, netmask: "255.255.255.0", family: "IPv4", mac: "02:00:00:00:00:01", internal, cidr: `${address}/24` });
const v6 = (address: string, internal = false): NetworkInterfaceInfo => ({ address, netmask: "ffff:ffff:ffff:ffff::", family: "IPv6", mac: "02:00:00:00:00:01", internal, cidr: `${address}/64`, scopeid: 0 });

/** A teacher's laptop: loopback, Docker, a VPN, and the Wi-Fi with IPv4 and IPv6. */
const laptop: Interfaces = {
  lo: [v4("127.0.0.1", true), v6("::1", true)],
  docker0: [v4("172.17.0.1")],
  tailscale0: [v4("100.101.102.103"), v6("fd7a:115c:a1e0::1")],
  wlan0: [v4("192.168.1.20"), v6("fe80::1c2b:3c4d:5e6f:7a8b"), v6("2a01:e0a:1f2:3450::20"), v6("fd00::20")],
  eth1: [v4("169.254.10.10"), v4("203.0.113.7")],
};

describe("lanAddresses", () => {
  it("offers the Wi-Fi's private IPv4 first, virtual interfaces last, never loopback or link-local", () => {
    expect(lanAddresses(laptop, 3000, "::")).toEqual([
      { url: "http://192.168.1.20:3000", interface: "wlan0", family: "IPv4" },
      { url: "http://203.0.113.7:3000", interface: "eth1", family: "IPv4" },
      { url: "http://[fd00::20]:3000", interface: "wlan0", family: "IPv6" },
      { url: "http://[2a01:e0a:1f2:3450::20]:3000", interface: "wlan0", family: "IPv6" },
      { url: "http://172.17.0.1:3000", interface: "docker0", family: "IPv4" },
      { url: "http://100.101.102.103:3000", interface: "tailscale0", family: "IPv4" },
      { url: "http://[fd7a:115c:a1e0::1]:3000", interface: "tailscale0", family: "IPv6" },
    ]);
  });

  it("offers nothing when the server listens on loopback only", () => {
    expect(lanAddresses(laptop, 3000, "127.0.0.1")).toEqual([]);
    expect(lanAddresses(laptop, 3000, "::1")).toEqual([]);
  });

  it("offers only IPv4 on an IPv4-only socket, and only the bound address on a one-address socket", () => {
    expect(lanAddresses(laptop, 3000, "0.0.0.0").every((a) => a.family === "IPv4")).toBe(true);
    expect(lanAddresses(laptop, 3000, "0.0.0.0")).toHaveLength(4);
    expect(lanAddresses(laptop, 8080, "192.168.1.20")).toEqual([{ url: "http://192.168.1.20:8080", interface: "wlan0", family: "IPv4" }]);
    expect(lanAddresses(laptop, 8080, "::ffff:192.168.1.20")).toHaveLength(1);
  });

  it("drops the default port and repeats, and offers at most eight", () => {
    const many: Interfaces = { wlan0: Array.from({ length: 12 }, (_, i) => v4(`10.0.0.${i + 1}`)), wlan1: [v4("10.0.0.1")] };
    const found = lanAddresses(many, 80, "::");
    expect(found).toHaveLength(8);
    expect(found[0].url).toBe("http://10.0.0.1");
    expect(new Set(found.map((a) => a.url)).size).toBe(8);
  });

  it("reads the numeric family of older Node versions", () => {
    const old = { en0: [{ ...v4("192.168.0.5"), family: 4 as unknown as "IPv4" }] };
    expect(lanAddresses(old, 3000, "::")).toEqual([{ url: "http://192.168.0.5:3000", interface: "en0", family: "IPv4" }]);
  });
});

describe("listeningOn", () => {
  it.each([
    ["::", "all"],
    ["0.0.0.0", "all"],
    ["127.0.0.1", "loopback"],
    ["::1", "loopback"],
    ["192.168.1.20", "one"],
  ] as const)("%s → %s", (bound, expected) => expect(listeningOn(bound)).toBe(expected));
});

describe("joinAdvice (the start-up log)", () => {
  it("warns when PUBLIC_URL is unset and names the addresses phones can open", () => {
    const advice = joinAdvice(joinAddresses({ publicUrl: null, port: 3000, boundAddress: "::", interfaces: laptop }));
    expect(advice.level).toBe("warn");
    expect(advice.lines[0]).toMatch(/PUBLIC_URL is not set/);
    expect(advice.lines.join("\n")).toContain("http://192.168.1.20:3000  (wlan0)");
    expect(advice.lines.at(-1)).toBe("Set PUBLIC_URL=http://192.168.1.20:3000 to fix the join address.");
  });

  it("says why no phone can join: loopback only, or no network", () => {
    expect(joinAdvice(joinAddresses({ publicUrl: null, port: 3000, boundAddress: "127.0.0.1", interfaces: laptop })).lines.join(" ")).toMatch(/HOST=0\.0\.0\.0/);
    expect(joinAdvice(joinAddresses({ publicUrl: null, port: 3000, boundAddress: "::", interfaces: { lo: laptop.lo } })).lines.join(" ")).toMatch(/no network address/);
  });

  it("informs when PUBLIC_URL is set, and warns when it cannot work", () => {
    expect(joinAdvice({ publicUrl: "http://192.168.1.20:3000", lan: [], listening: "all" })).toEqual({ level: "info", lines: ["Students join at http://192.168.1.20:3000 (PUBLIC_URL)."] });
    expect(joinAdvice({ publicUrl: "http://localhost:3000", lan: [], listening: "all" }).level).toBe("warn");
    expect(joinAdvice({ publicUrl: "http://192.168.1.20:3000", lan: [], listening: "loopback" }).lines[1]).toMatch(/HOST=0\.0\.0\.0/);
  });
});
