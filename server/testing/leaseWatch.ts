/** Cluster tests: waiting for a node to hold some leases (server/cluster/leases.ts). */
import { getPrisma } from "../storage/db";
import { eventually } from "./harness";

/** Waits until `nodeId` holds the unexpired lease of every one of `resources`; answers how long that took, ms. */
export async function leasedBy(dbUrl: string, nodeId: string, resources: string[], withinMs: number): Promise<number> {
  const started = Date.now();
  await eventually(async () => {
    const rows = await getPrisma(dbUrl).lease.findMany({ where: { resource: { in: resources }, owner: nodeId, expiresAt: { gt: new Date() } } });
    return rows.length === resources.length ? true : null;
  }, withinMs);
  return Date.now() - started;
}
