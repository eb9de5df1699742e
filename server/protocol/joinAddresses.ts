/**
 * The addresses students can open to join a class: the answer of
 * `GET /api/class/:id/join-addresses` (host only, docs/protocol.md) and the pure rules the host
 * console applies to it. No Node or zod imports: the host console's bundle imports this file.
 */

/** One address of this machine on a network, with the server's port: `http://192.168.1.20:3000`. */
export interface LanAddress {
  /** An origin: scheme, host (IPv6 in brackets), port; no path, no trailing slash. */
  url: string;
  /** The network interface's name as the OS calls it (`wlan0`, `en0`, `Wi-Fi`). */
  interface: string;
  family: "IPv4" | "IPv6";
}

/** `GET /api/class/:id/join-addresses` (host only). */
export interface JoinAddresses {
  /** `PUBLIC_URL` as the server normalised it (an origin, no trailing slash), or null when unset. */
  publicUrl: string | null;
  /** This machine's network addresses that reach the server, likeliest Wi-Fi address first. */
  lan: LanAddress[];
  /**
   * Where the server listens: `all` interfaces, `loopback` only (`HOST=127.0.0.1`: no phone can
   * reach it, and `lan` is empty), or `one` address (`lan` holds that one when it is a network one).
   */
  listening: "all" | "loopback" | "one";
}

/** One entry of the host console's address picker. */
export interface JoinChoice {
  url: string;
  label: string;
  /** Only this computer can open it: localhost, 127.x, ::1 (and 0.0.0.0, which browsers take as this machine). */
  loopback: boolean;
}

/** True for a host name that only this machine can open: `localhost`, `*.localhost`, 127.0.0.0/8, `::1`, `0.0.0.0`, `::`. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, "").replace(/\.$/, "");
  if (host === "localhost" || host.endsWith(".localhost")) return true;
  if (host === "::1" || host === "::" || host === "0:0:0:0:0:0:0:1" || host === "0.0.0.0") return true;
  const v4 = host.replace(/^::ffff:/, "");
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}

/** True when the URL's host is a loopback one (see isLoopbackHost); an unparsable URL counts as loopback. */
export function isLoopbackUrl(url: string): boolean {
  try {
    return isLoopbackHost(new URL(url).hostname);
  } catch {
    return true;
  }
}

/**
 * What the host may choose from. With `PUBLIC_URL`, only it. Otherwise this browser's origin
 * (first when phones can open it, last when it is a loopback one) and the server's LAN addresses.
 * `addresses` null: the server's answer has not come (or failed); the browser's origin alone.
 */
export function joinChoices(addresses: JoinAddresses | null, browserOrigin: string): JoinChoice[] {
  if (addresses?.publicUrl) return [{ url: addresses.publicUrl, label: `${addresses.publicUrl} (PUBLIC_URL)`, loopback: isLoopbackUrl(addresses.publicUrl) }];
  const own = trimSlash(browserOrigin);
  const ownLoopback = isLoopbackUrl(own);
  const lan = (addresses?.lan ?? [])
    .filter((a) => a.url !== own)
    .map((a) => ({ url: a.url, label: `${a.url} (${a.interface})`, loopback: isLoopbackUrl(a.url) }));
  const mine: JoinChoice = { url: own, label: `${own} (${ownLoopback ? "this computer only" : "this browser's address"})`, loopback: ownLoopback };
  if (!own) return lan;
  return ownLoopback ? [...lan, mine] : [mine, ...lan];
}

/**
 * The join address in use: `PUBLIC_URL` when set; else the host's pick if it is still offered;
 * else the browser's origin when phones can open it; else the first LAN address; else the
 * browser's origin (loopback: the console warns).
 */
export function chooseJoinBase(addresses: JoinAddresses | null, browserOrigin: string, picked: string | null): string {
  if (addresses?.publicUrl) return addresses.publicUrl;
  const choices = joinChoices(addresses, browserOrigin);
  if (picked && choices.some((c) => c.url === picked)) return picked;
  return choices.find((c) => !c.loopback)?.url ?? choices[0]?.url ?? trimSlash(browserOrigin);
}

/** The address a student opens to join with `code`: the one the QR code encodes. */
export function joinUrl(base: string, code: string): string {
  return `${trimSlash(base)}/c/${code}`;
}

function trimSlash(s: string): string {
  return s.replace(/\/+$/, "");
}
