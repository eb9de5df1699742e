/**
 * `PUBLIC_URL`: the address students' phones open, printed in the class join link and QR code.
 * Checked once at start: a bad value stops the server with a message that says what is wrong.
 */

/** A `PUBLIC_URL` the server refuses to start with; `message` is meant for the person starting it. */
export class PublicUrlError extends Error {
  override name = "PublicUrlError";
}

/**
 * `PUBLIC_URL` as an origin (`http://192.168.1.20:3000`, `https://bivalent.school.example`): an
 * http or https URL with a host, nothing after the host but an optional "/", no user name or
 * password. Unset or blank: null. Anything else throws PublicUrlError.
 */
export function parsePublicUrl(value: string | undefined | null): string | null {
  const raw = value?.trim() ?? "";
  if (!raw) return null;
  const bad = (why: string) => new PublicUrlError(`PUBLIC_URL=${JSON.stringify(value)} is not usable: ${why}. Example: PUBLIC_URL=http://192.168.1.20:3000`);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw bad("it is not a URL (write the scheme too: http://...)");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw bad(`the scheme must be http or https, not ${url.protocol.replace(/:$/, "")}`);
  if (!url.hostname) throw bad("it has no host");
  if (url.username || url.password) throw bad("it must not carry a user name or password");
  if (url.pathname !== "/") throw bad(`it must have no path (the game is served at the root), found ${url.pathname}`);
  if (url.search || raw.includes("?")) throw bad("it must have no query (?...)");
  if (url.hash || raw.includes("#")) throw bad("it must have no fragment (#...)");
  return url.origin;
}
