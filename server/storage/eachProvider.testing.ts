/**
 * One storage spec, every database provider: SQLite always; PostgreSQL when TEST_POSTGRES_URL
 * answers, and required when REQUIRE_POSTGRES=1 (CI sets it), so a run cannot skip it silently.
 */
import { describe } from "vitest";
import type { Provider } from "./provider";
import { postgresAvailable } from "./testPostgres";

const postgres = await postgresAvailable();
if (!postgres && process.env.REQUIRE_POSTGRES === "1") {
  throw new Error("REQUIRE_POSTGRES=1 but TEST_POSTGRES_URL is unset or does not answer: start PostgreSQL (see .ci/run)");
}

/** The providers this run tests against. */
export const testProviders: readonly Provider[] = postgres ? ["sqlite", "postgresql"] : ["sqlite"];

/** `describe(name, …)` once per provider; the PostgreSQL one shows as skipped when there is no server. */
export function describeEachProvider(name: string, body: (provider: Provider) => void): void {
  for (const provider of ["sqlite", "postgresql"] as const) {
    describe.skipIf(!testProviders.includes(provider))(`${name} [${provider}]`, () => body(provider));
  }
}
