/**
 * This machine's network addresses that students' phones may open, from `os.networkInterfaces()`,
 * and the start-up advice about them. Pure over the interfaces given, so tests pass their own.
 */
import { networkInterfaces, type NetworkInterfaceInfo } from "node:os";
import { isLoopbackHost, isLoopbackUrl, type JoinAddresses, type LanAddress } from "../protocol/joinAddresses";

export type Interfaces = NodeJS.Dict<NetworkInterfaceInfo[]>;

/** At most this many addresses are offered: a picker with twenty entries helps nobody. */
const MAX_ADDRESSES = 8;

/** Names of interfaces that are rarely the classroom's Wi-Fi: containers, VMs, VPNs. Offered last. */
const VIRTUAL = /^(docker|br-|veth|virbr|vboxnet|vmnet|vethernet|utun|tun|tap|wg|tailscale|zt|lxc|lxd|cni|flannel|podman|awdl|llw|anpi|bridge)/i;

/**
 * The LAN addresses of the machine with `port`, likeliest first: private IPv4 (10/8, 172.16/12,
 * 192.168/16), other IPv4, then global and unique-local IPv6; interfaces that look virtual after
 * real ones. Left out: internal ones, link-local ones (169.254/16, fe80::/10: a phone cannot
 * use them in an address) and, per `listening`, those the server does not listen on.
 * `boundAddress` is the server socket's address (`::` or `0.0.0.0`: every interface).
 */
export function lanAddresses(interfaces: Interfaces, port: number, boundAddress: string): LanAddress[] {
  const listening = listeningOn(boundAddress);
  if (listening === "loopback") return [];
  const found: { address: LanAddress; rank: number; order: number }[] = [];
  let order = 0;
  for (const [name, infos] of Object.entries(interfaces)) {
    for (const info of infos ?? []) {
      order++;
      const family = familyOf(info);
      if (info.internal || !family) continue;
      if (listening === "one" && !sameAddress(info.address, boundAddress)) continue;
      if (boundAddress === "0.0.0.0" && family === "IPv6") continue; // an IPv4-only socket
      const rank = rankOf(info.address, family);
      if (rank === null || isLoopbackHost(info.address)) continue;
      found.push({ address: { url: originOf(info.address, family, port), interface: name, family }, rank: rank + (VIRTUAL.test(name) ? 10 : 0), order });
    }
  }
  const seen = new Set<string>();
  return found
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .map((f) => f.address)
    .filter((a) => !seen.has(a.url) && seen.add(a.url))
    .slice(0, MAX_ADDRESSES);
}

/** Every interface (`::`, `0.0.0.0`), loopback only, or one address. */
export function listeningOn(boundAddress: string): JoinAddresses["listening"] {
  if (boundAddress === "::" || boundAddress === "0.0.0.0" || boundAddress === "") return "all";
  return isLoopbackHost(boundAddress) ? "loopback" : "one";
}

/** What `GET /api/class/:id/join-addresses` answers, read from the interfaces now (Wi-Fi may have joined since start). */
export function joinAddresses(options: { publicUrl: string | null; port: number; boundAddress: string; interfaces?: Interfaces }): JoinAddresses {
  return {
    publicUrl: options.publicUrl,
    lan: lanAddresses(options.interfaces ?? networkInterfaces(), options.port, options.boundAddress),
    listening: listeningOn(options.boundAddress),
  };
}

/**
 * Lines for the start-up log about where students join: the PUBLIC_URL in use, or a warning that
 * it is unset with the LAN addresses phones on the same network can open, or why none can.
 */
export function joinAdvice(addresses: JoinAddresses): { level: "info" | "warn"; lines: string[] } {
  if (addresses.publicUrl) {
    const lines = [`Students join at ${addresses.publicUrl} (PUBLIC_URL).`];
    if (isLoopbackUrl(addresses.publicUrl)) lines.push("Warning: PUBLIC_URL is a loopback address: phones cannot open it. Use this computer's network address.");
    else if (addresses.listening === "loopback") lines.push("Warning: the server listens on this computer only (HOST is a loopback address): phones cannot reach it. Leave HOST unset or set HOST=0.0.0.0.");
    return { level: lines.length > 1 ? "warn" : "info", lines };
  }
  const lines = ["PUBLIC_URL is not set: the class join link and QR code use the address the host picks on the class console."];
  if (addresses.listening === "loopback") {
    lines.push("The server listens on this computer only (HOST is a loopback address): phones cannot reach it. Leave HOST unset or set HOST=0.0.0.0.");
  } else if (addresses.lan.length === 0) {
    lines.push("This computer has no network address besides loopback: connect it to the students' Wi-Fi.");
  } else {
    lines.push("Phones on the same Wi-Fi can open:");
    for (const a of addresses.lan) lines.push(`  ${a.url}  (${a.interface})`);
    lines.push(`Set PUBLIC_URL=${addresses.lan[0].url} to fix the join address.`);
  }
  return { level: "warn", lines };
}

function familyOf(info: NetworkInterfaceInfo): LanAddress["family"] | null {
  const f = info.family as string | number;
  if (f === "IPv4" || f === 4) return "IPv4";
  if (f === "IPv6" || f === 6) return "IPv6";
  return null;
}

/** Lower is likelier the classroom network; null: not an address a phone can use. */
function rankOf(address: string, family: LanAddress["family"]): number | null {
  if (family === "IPv4") {
    const [a, b] = address.split(".").map(Number);
    if (a === 169 && b === 254) return null; // link-local
    if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)) return 0;
    return 1;
  }
  const first = parseInt(address.split(":")[0] || "0", 16);
  if ((first & 0xffc0) === 0xfe80) return null; // link-local: needs a zone id
  if ((first & 0xfe00) === 0xfc00) return 2; // unique local
  if ((first & 0xe000) === 0x2000) return 3; // global unicast
  return null; // multicast, unspecified, mapped...
}

function originOf(address: string, family: LanAddress["family"], port: number): string {
  return new URL(`http://${family === "IPv6" ? `[${address}]` : address}:${port}`).origin;
}

function sameAddress(a: string, b: string): boolean {
  const strip = (s: string) => s.toLowerCase().replace(/^::ffff:/, "").replace(/%.*$/, "");
  return strip(a) === strip(b);
}
