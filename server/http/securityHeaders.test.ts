/**
 * The policy builder and the fixed headers: what each directive allows, that Next can read the
 * nonce back (its own parser), that dev alone may eval, that a hostile Host header never reaches
 * the policy, and that HSTS follows an https PUBLIC_URL only.
 */
import { describe, expect, it } from "vitest";
import { getScriptNonceFromHeader } from "next/dist/server/app-render/get-script-nonce-from-header";
import { contentSecurityPolicy, newNonce, staticSecurityHeaders } from "./securityHeaders";

/** The policy as directive name → its sources. */
const directives = (policy: string) => new Map(policy.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)]));

describe("contentSecurityPolicy", () => {
  it("allows only the site's own scripts, with the nonce and strict-dynamic, and no eval", () => {
    const nonce = newNonce();
    const d = directives(contentSecurityPolicy(nonce, { host: "127.0.0.1:3000" }));
    expect(d.get("script-src")).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]);
    expect(d.get("default-src")).toEqual(["'self'"]);
    expect(d.get("object-src")).toEqual(["'none'"]);
    expect(d.get("base-uri")).toEqual(["'none'"]);
    expect(d.get("form-action")).toEqual(["'self'"]);
    expect(d.get("frame-ancestors")).toEqual(["'none'"]);
    expect(d.get("img-src")).toEqual(["'self'"]);
    // <style> elements need the nonce; only style attributes are inline.
    expect(d.get("style-src")).toEqual(["'self'", `'nonce-${nonce}'`]);
    expect(d.get("style-src-attr")).toEqual(["'unsafe-inline'"]);
    expect([...d.values()].flat()).not.toContain("'unsafe-eval'");
  });

  it("names the page's own host as the socket endpoint, and nothing else", () => {
    const d = directives(contentSecurityPolicy(newNonce(), { host: "bivalent.school.example" }));
    expect(d.get("connect-src")).toEqual(["'self'", "ws://bivalent.school.example", "wss://bivalent.school.example"]);
    expect(directives(contentSecurityPolicy(newNonce(), { host: "[::1]:3000" })).get("connect-src")).toEqual(["'self'", "ws://[::1]:3000", "wss://[::1]:3000"]);
  });

  it("leaves a Host header that is not a plain host out of the policy", () => {
    for (const host of ["evil.example; script-src *", "a b", "evil.example/x", "*", ""]) {
      expect(directives(contentSecurityPolicy(newNonce(), { host })).get("connect-src")).toEqual(["'self'"]);
    }
    expect(directives(contentSecurityPolicy(newNonce())).get("connect-src")).toEqual(["'self'"]);
  });

  it("adds 'unsafe-eval' and inline <style> elements in dev only", () => {
    const nonce = newNonce();
    const dev = directives(contentSecurityPolicy(nonce, { dev: true }));
    expect(dev.get("script-src")).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", "'unsafe-eval'"]);
    expect(dev.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it("carries a nonce Next.js reads back, fresh each time", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(getScriptNonceFromHeader(contentSecurityPolicy(nonce))).toBe(nonce);
  });
});

describe("staticSecurityHeaders", () => {
  it("denies framing, sniffing and referrers, and every browser feature but the clipboard and fullscreen", () => {
    const headers = staticSecurityHeaders();
    expect(headers["X-Frame-Options"]).toBe("DENY");
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
    expect(headers["Referrer-Policy"]).toBe("no-referrer");
    const features = new Map(headers["Permissions-Policy"].split(", ").map((f) => f.split("=") as [string, string]));
    for (const denied of ["camera", "microphone", "geolocation", "payment", "usb"]) expect(features.get(denied)).toBe("()");
    expect(features.get("clipboard-write")).toBe("(self)");
    expect(features.get("fullscreen")).toBe("(self)");
    expect([...features.entries()].filter(([, allow]) => allow !== "()").map(([name]) => name).sort()).toEqual(["clipboard-write", "fullscreen"]);
  });

  it("sends HSTS only when PUBLIC_URL is https", () => {
    expect(staticSecurityHeaders({ publicUrl: "https://bivalent.school.example" })["Strict-Transport-Security"]).toBe("max-age=31536000");
    expect(staticSecurityHeaders({ publicUrl: "http://192.168.1.20:3000" })).not.toHaveProperty("Strict-Transport-Security");
    expect(staticSecurityHeaders({ publicUrl: null })).not.toHaveProperty("Strict-Transport-Security");
  });
});
