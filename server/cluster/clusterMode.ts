/** Cluster mode's switch (issue 16): from the environment, and the leases it needs. */
import { Leases, nodeIdFromEnv } from "./leases";
import { getPrisma } from "../storage/db";
import { providerOf } from "../storage/provider";

/**
 * CLUSTER=1 turns it on; so does REDIS_URL with a PostgreSQL DATABASE_URL (several nodes share
 * that database then). CLUSTER=0 keeps it off. Null when off.
 */
export function clusterFromEnv(env: Record<string, string | undefined> = process.env): { nodeId: string; ttlMs?: number; scanMs?: number } | null {
  const postgres = providerOf(env.DATABASE_URL ?? "") === "postgresql";
  const on = env.CLUSTER === "1" || (env.CLUSTER !== "0" && Boolean(env.REDIS_URL) && postgres);
  if (!on) return null;
  // Shorter leases for tests; the defaults (3.5 s, 1 s) keep adoption within 5 s.
  const ms = (name: string) => (/^\d+$/.test(env[name] ?? "") ? Number(env[name]) : undefined);
  return { nodeId: nodeIdFromEnv(env), ttlMs: ms("LEASE_TTL_MS"), scanMs: ms("CLUSTER_SCAN_MS") };
}

/** The node's leases; cluster mode needs the Prisma journal on PostgreSQL. */
export function clusterLeases(cluster: { nodeId: string; ttlMs?: number }, dbUrl: string, customStore: boolean): Leases {
  if (customStore || providerOf(dbUrl) !== "postgresql") throw new Error("cluster mode needs DATABASE_URL to be a postgresql:// url (leases live in PostgreSQL)");
  return new Leases(getPrisma(dbUrl), cluster);
}
