/**
 * Runs in the browser before the app does (Next.js's instrumentation-client convention).
 *
 * zod probes whether it may compile its parsers with `Function(...)` on the first object it
 * parses; the page's CSP forbids eval (server/http/securityHeaders.ts), so the probe itself is a
 * reported violation. Jitless, zod parses without it. The server keeps zod's default.
 */
import { config } from "zod";

config({ jitless: true });
