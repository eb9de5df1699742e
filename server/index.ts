/**
 * Entry point: `npm start` (production) and `npm run dev` run this file.
 * Configuration comes from the environment (see README.md).
 */
import { startServer } from "./app";
import { clusterFromEnv } from "./cluster/clusterMode";
import { joinAdvice } from "./net/lanAddresses";
import { parsePublicUrl, PublicUrlError } from "./net/publicUrl";
import { parseAllowedOrigins } from "./realtime/origins";
import { RedisUnreachable } from "./realtime/redisAdapter";

let publicUrl: string | null;
try {
  publicUrl = parsePublicUrl(process.env.PUBLIC_URL);
} catch (err) {
  if (!(err instanceof PublicUrlError)) throw err;
  console.error(`Bivalent cannot start: ${err.message}`);
  process.exit(1);
}

const port = Number(process.env.PORT ?? 3000);
const createsPerMinute = wholeFromEnv("CREATES_PER_MINUTE", 1, 100_000);
const server = await startServer({
  redisUrl: process.env.REDIS_URL || null,
  port,
  host: process.env.HOST || undefined,
  ui: process.env.BIVALENT_UI !== "off",
  dev: process.env.NODE_ENV !== "production",
  databaseUrl: process.env.DATABASE_URL,
  sqliteWal: process.env.SQLITE_WAL !== "off",
  allowedOrigins: parseAllowedOrigins(process.env.ALLOWED_ORIGINS),
  publicUrl,
  countdownMs: wholeFromEnv("COUNTDOWN_MS", 0, 60_000),
  restoreGraceMs: wholeFromEnv("RESTORE_GRACE_MS", 0, 3_600_000),
  rateLimits: { ...(createsPerMinute === undefined ? {} : { createsPerMinute }), trustedProxies: wholeFromEnv("TRUSTED_PROXIES", 0, 10) ?? 0 },
  restoreClassSessions: true,
  restoreLiveGames: true,
  cluster: clusterFromEnv() ?? undefined,
  upgradeStoredGames: true,
  arenaTickMs: wholeFromEnv("ARENA_TICK_MS", 100, 10_000),
  arenaSecret: process.env.ARENA_SECRET || undefined,
  warmScenarios: true,
}).catch((err: unknown) => {
  if (!(err instanceof RedisUnreachable)) throw err;
  console.error(`Bivalent cannot start: ${err.message}`);
  process.exit(1);
});

/** A whole number from `min` to `max` in the environment variable `name`; unset or invalid: the default (undefined). */
function wholeFromEnv(name: string, min: number, max: number): number | undefined {
  const value = process.env[name];
  if (value === undefined || value.trim() === "") return undefined;
  const n = Number(value);
  if (Number.isInteger(n) && n >= min && n <= max) return n;
  console.warn(`${name}=${value} is not a whole number from ${min} to ${max}: using the default`);
  return undefined;
}

console.log(`Bivalent is ready on http://localhost:${server.port}`);
// Where students' phones join a class: PUBLIC_URL, or the LAN addresses (and why none may work).
const advice = joinAdvice(server.joinAddresses());
for (const line of advice.lines) (advice.level === "warn" ? console.warn : console.log)(line);

/** Whatever happens to the disk, the process is gone this soon after a signal. */
const EXIT_DEADLINE_MS = 9_000;

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: telling clients, writing what can be written, closing`);
    setTimeout(() => {
      console.error(`${signal}: not closed after ${EXIT_DEADLINE_MS} ms; exiting (unsaved games stay in the outbox)`);
      process.exit(1);
    }, EXIT_DEADLINE_MS).unref();
    server
      .close()
      .then(() => process.exit(0))
      .catch((err) => {
        console.error(err);
        process.exit(1);
      });
  });
}
