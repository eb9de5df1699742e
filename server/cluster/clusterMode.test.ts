import { describe, expect, it } from "vitest";
import { clusterFromEnv } from "./clusterMode";

const PG = "postgresql://u:p@127.0.0.1:5432/bivalent";

describe("clusterFromEnv", () => {
  it("is off by default, on SQLite with Redis, and when CLUSTER=0", () => {
    expect(clusterFromEnv({})).toBeNull();
    expect(clusterFromEnv({ REDIS_URL: "redis://x:6379", DATABASE_URL: "file:./data/b.db" })).toBeNull();
    expect(clusterFromEnv({ CLUSTER: "0", REDIS_URL: "redis://x:6379", DATABASE_URL: PG })).toBeNull();
  });

  it("is on with CLUSTER=1, or with Redis and PostgreSQL; NODE_ID names the node, else a random id", () => {
    expect(clusterFromEnv({ CLUSTER: "1", DATABASE_URL: PG, NODE_ID: "east-1" })).toEqual({ nodeId: "east-1", ttlMs: undefined, scanMs: undefined });
    const implied = clusterFromEnv({ REDIS_URL: "redis://x:6379", DATABASE_URL: PG });
    expect(implied?.nodeId).toMatch(/^node-[0-9a-f]{8}$/);
    expect(clusterFromEnv({ CLUSTER: "1", LEASE_TTL_MS: "900", CLUSTER_SCAN_MS: "200" })).toMatchObject({ ttlMs: 900, scanMs: 200 });
  });
});
