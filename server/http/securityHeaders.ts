/**
 * The security headers every answer carries (issue 20), from this one place: server/app.ts calls
 * `securityHeaders` first on every request, before socket.io, the API or Next.js sees it. A custom server rather than Next's proxy.ts: /api/* and socket.io
 * never reach Next, and a proxy would cover only what Next serves.
 *
 * Next.js reads the nonce from the *request's* `content-security-policy` header while it renders
 * (next/dist/server/app-render/get-script-nonce-from-header.js) and puts it on its own inline
 * scripts; so the policy is set on the request too, and pages render per request (app/layout.tsx).
 */
import { randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";

export interface SecurityHeaderOptions {
  /** `next dev`: React's dev build needs eval (call stacks, Fast Refresh), Next's dev overlay inline styles; never in production. */
  dev?: boolean;
  /**
   * The parsed `PUBLIC_URL` (server/net/publicUrl.ts): HSTS is sent only when it is https, and its
   * host, not the request's Host header, is the socket endpoint the policy names.
   */
  publicUrl?: string | null;
}

/** HSTS lifetime: one year, as browsers' preload rules ask. */
const HSTS_MAX_AGE_S = 31_536_000;

/**
 * Browser features the game does not use are denied to every frame; the two it uses are the
 * page's own: the clipboard (CopyField.tsx copies join links) and fullscreen (PresenterScreen.tsx,
 * JoinCodePanel.tsx).
 */
const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "autoplay=()",
  "camera=()",
  "clipboard-read=()",
  "clipboard-write=(self)",
  "display-capture=()",
  "fullscreen=(self)",
  "geolocation=()",
  "gyroscope=()",
  "hid=()",
  "magnetometer=()",
  "microphone=()",
  "midi=()",
  "payment=()",
  "publickey-credentials-get=()",
  "screen-wake-lock=()",
  "serial=()",
  "usb=()",
  "xr-spatial-tracking=()",
].join(", ");

/** A host header fit to be written into the policy (name or IP, optional port); anything else is left out. */
const HOST = /^(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/** A fresh, unguessable nonce: 128 random bits, base64 (the characters Next's nonce pattern accepts). */
export function newNonce(): string {
  return randomBytes(16).toString("base64");
}

/**
 * The Content-Security-Policy for one answer. `host` is the page's host (PUBLIC_URL's, else the
 * request's Host header): the socket endpoint (ws:/wss: on it) is named explicitly for browsers
 * whose 'self' does not cover WebSockets yet.
 */
export function contentSecurityPolicy(nonce: string, options: { dev?: boolean; host?: string } = {}): string {
  const sockets = options.host && HOST.test(options.host) ? [`ws://${options.host}`, `wss://${options.host}`] : [];
  return [
    "default-src 'self'",
    // 'strict-dynamic': the scripts Next's nonced bootstrap loads (its chunks) are trusted too.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    // <style> elements need the nonce. Style attributes are what the UI really uses: server-rendered
    // style="" on bars, clocks and diagrams (OutcomeBar, GameClock, SpaceTimeDiagram, Battlefield,
    // ...); a style attribute cannot carry a nonce, and it runs no script.
    // Dev only: Next's dev overlay adds <style> elements with no nonce (a nonce would void 'unsafe-inline').
    options.dev ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    // The UI has no <img> and no data: URLs: icons are files, pictures and the QR code inline SVG.
    "img-src 'self'",
    "font-src 'self'",
    ["connect-src 'self'", ...sockets].join(" "),
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** The headers that are the same on every answer (all but the policy, whose nonce is fresh each time). */
export function staticSecurityHeaders(options: SecurityHeaderOptions = {}): Record<string, string> {
  return {
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Permissions-Policy": PERMISSIONS_POLICY,
    // Not includeSubDomains: PUBLIC_URL may be one host of a school's domain, whose other hosts are not ours.
    ...(options.publicUrl?.startsWith("https:") ? { "Strict-Transport-Security": `max-age=${HSTS_MAX_AGE_S}` } : {}),
  };
}

/**
 * What server/app.ts calls first on every request, before anything is written: makes a fresh
 * nonce, sets the policy on the request (for Next's render) and every security header on the
 * response. Returns the nonce.
 */
export type SecurityHeaders = (req: IncomingMessage, res: ServerResponse) => string;

export function securityHeaders(options: SecurityHeaderOptions = {}): SecurityHeaders {
  const fixed = staticSecurityHeaders(options);
  const publicHost = options.publicUrl ? new URL(options.publicUrl).host : null;
  return (req, res) => {
    const nonce = newNonce();
    const policy = contentSecurityPolicy(nonce, { dev: options.dev, host: publicHost ?? req.headers.host });
    // Any policy the client sent is replaced: Next must read ours, not one it made up.
    req.headers["content-security-policy"] = policy;
    delete req.headers["content-security-policy-report-only"];
    res.setHeader("Content-Security-Policy", policy);
    for (const [name, value] of Object.entries(fixed)) res.setHeader(name, value);
    return nonce;
  };
}
