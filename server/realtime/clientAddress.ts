/**
 * The address per-address limits count. Behind `trustedProxies` proxies of our own (nginx, the
 * sticky proxy of `npm run cluster`), every socket comes from a proxy's address: the client's is
 * the one the nearest trusted proxy saw, the entry that many places from the right of
 * X-Forwarded-For (each proxy appends who it heard from). Entries further left were written by the
 * client or proxies we do not run, so they are never believed. Without trusted proxies, or when
 * the header has fewer entries than that, the socket's own address.
 */
export function clientAddress(socketAddress: string, forwardedFor: string | string[] | undefined, trustedProxies: number): string {
  if (trustedProxies <= 0 || forwardedFor === undefined) return socketAddress;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor)
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const entry = hops[hops.length - trustedProxies];
  // At most an IPv6 address's length: a longer one is not an address, and keys stay small.
  return entry && entry.length <= 45 ? entry : socketAddress;
}
