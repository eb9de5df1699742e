/**
 * Ownership leases (issue 16): each live game or class session is owned by one node at a time.
 * A lease row holds the owner, a fencing token that grows by one at every acquisition, and an
 * expiry by the DATABASE's clock (nodes' clocks are never compared). The owner renews all its
 * leases in one statement; a lease not renewed for `ttlMs` is free for another node to take.
 * Journal writes carry the token (see `fencedResources`), so a node that lost a lease while
 * paused cannot write for it again.
 *
 * PostgreSQL only: on SQLite one process owns the database and needs no leases.
 */
import { randomBytes } from "node:crypto";
import type { PrismaClient } from "../generated/prisma/client";

/** A class session's lease resource (games are leased under their own id). */
export const sessionResource = (sessionId: string) => `session:${sessionId}`;

/** The session id of a `session:<id>` resource, or null for a game's. */
export const sessionOfResource = (resource: string): string | null => (resource.startsWith("session:") ? resource.slice("session:".length) : null);

/** The database's time as stored in a `timestamp(3)` column (Prisma keeps DateTime in UTC). */
const DB_NOW = `(clock_timestamp() AT TIME ZONE 'UTC')`;

/** A node id for this process: NODE_ID, else random (a restarted process is a new node). */
export function nodeIdFromEnv(env: Record<string, string | undefined> = process.env): string {
  return env.NODE_ID?.trim() || `node-${randomBytes(4).toString("hex")}`;
}

/** Anything that runs raw SQL: the client or an interactive transaction's client. */
type Sql = Pick<PrismaClient, "$queryRawUnsafe" | "$executeRawUnsafe">;

export interface LeaseOptions {
  nodeId: string;
  /** How long a lease lasts without renewal, ms (adoption takes at most this plus one scan). */
  ttlMs?: number;
}

export class Leases {
  readonly nodeId: string;
  readonly ttlMs: number;
  /** resource → the token this node holds it with. */
  private readonly held = new Map<string, number>();
  /** Claimed by a write whose transaction has not ended yet: their rows may not be visible. */
  private readonly unsettled = new Set<string>();

  constructor(
    private readonly db: PrismaClient,
    options: LeaseOptions,
  ) {
    this.nodeId = options.nodeId;
    this.ttlMs = options.ttlMs ?? 3_500;
  }

  /** The token this node holds `resource` with, or undefined. */
  tokenOf(resource: string): number | undefined {
    return this.held.get(resource);
  }

  /** Resources this node believes it holds. */
  resources(): string[] {
    return [...this.held.keys()];
  }

  /**
   * Takes `resource` if it has no lease or its lease expired, with the next token; answers the
   * token, or null when another node (or this one, unexpired) holds it.
   */
  async acquire(resource: string): Promise<number | null> {
    const rows = await this.db.$queryRawUnsafe<{ token: number }[]>(
      `INSERT INTO "Lease" ("resource", "owner", "token", "expiresAt")
       VALUES ($1, $2, 1, ${DB_NOW} + $3 * interval '1 millisecond')
       ON CONFLICT ("resource") DO UPDATE
         SET "owner" = EXCLUDED."owner", "token" = "Lease"."token" + 1, "expiresAt" = EXCLUDED."expiresAt"
         WHERE "Lease"."expiresAt" <= ${DB_NOW}
       RETURNING "token"`,
      resource, this.nodeId, this.ttlMs,
    );
    if (rows.length === 0) return null;
    const token = Number(rows[0].token);
    this.held.set(resource, token);
    return token;
  }

  /**
   * Extends every unexpired lease of this node in one statement. Answers the resources this node
   * thought it held but no longer does (expired while it was paused, or taken): it must drop them.
   */
  async renew(): Promise<string[]> {
    // Only claims committed before the UPDATE can be judged by it: a game claimed in a transaction
    // still open, or committed while the UPDATE ran, is missing from its rows yet not lost.
    const before = new Map([...this.held].filter(([resource]) => !this.unsettled.has(resource)));
    const rows = await this.db.$queryRawUnsafe<{ resource: string; token: number }[]>(
      `UPDATE "Lease" SET "expiresAt" = ${DB_NOW} + $2 * interval '1 millisecond'
       WHERE "owner" = $1 AND "expiresAt" > ${DB_NOW}
       RETURNING "resource", "token"`,
      this.nodeId, this.ttlMs,
    );
    const still = new Map(rows.map((r) => [r.resource, Number(r.token)]));
    const lost: string[] = [];
    for (const [resource, token] of before) {
      if (this.held.get(resource) === token && still.get(resource) !== token) {
        lost.push(resource);
        this.held.delete(resource);
      }
    }
    return lost;
  }

  /** Lets `resource` go at once (the row and its token stay, so tokens keep growing). */
  async release(resource: string): Promise<void> {
    const token = this.held.get(resource);
    if (token === undefined) return;
    this.held.delete(resource);
    await this.db.$executeRawUnsafe(
      `UPDATE "Lease" SET "expiresAt" = ${DB_NOW} - interval '1 millisecond'
       WHERE "resource" = $1 AND "owner" = $2 AND "token" = $3`,
      resource, this.nodeId, token,
    );
  }

  /**
   * Lets every lease of this node go at once, in one statement (a clean shutdown, after the
   * journal's last write): other nodes adopt its games and sessions at their next scan, not after the TTL.
   */
  async releaseAll(): Promise<void> {
    this.held.clear();
    await this.db.$executeRawUnsafe(
      `UPDATE "Lease" SET "expiresAt" = ${DB_NOW} - interval '1 millisecond'
       WHERE "owner" = $1 AND "expiresAt" > ${DB_NOW}`,
      this.nodeId,
    );
  }

  /** This node stopped believing it holds `resource` (it dropped the room). */
  forget(resource: string): void {
    this.held.delete(resource);
  }

  /**
   * Inside a write's transaction: which of `resources` this node may NOT write for (no lease,
   * another owner, another token, or expired). The rows it may write for are locked FOR SHARE
   * until the transaction ends, so no other node can take them before the write commits.
   */
  async fencedResources(tx: Sql, resources: string[]): Promise<string[]> {
    if (resources.length === 0) return [];
    const rows = await tx.$queryRawUnsafe<{ resource: string; token: number }[]>(
      `SELECT "resource", "token" FROM "Lease"
       WHERE "resource" = ANY($1::text[]) AND "owner" = $2 AND "expiresAt" > ${DB_NOW}
       FOR SHARE`,
      resources, this.nodeId,
    );
    const valid = new Map(rows.map((r) => [r.resource, Number(r.token)]));
    return resources.filter((r) => this.held.get(r) === undefined || valid.get(r) !== this.held.get(r));
  }

  /**
   * Inside a write's transaction: a game this node creates is claimed by its first write (its
   * header), with token 1, unless a lease row for it exists already (then it is fenced).
   */
  async claimNewInTx(tx: Sql, resources: string[]): Promise<void> {
    const fresh = resources.filter((r) => !this.held.has(r));
    if (fresh.length === 0) return;
    const rows = await tx.$queryRawUnsafe<{ resource: string; token: number }[]>(
      `INSERT INTO "Lease" ("resource", "owner", "token", "expiresAt")
       SELECT r, $2, 1, ${DB_NOW} + $3 * interval '1 millisecond' FROM unnest($1::text[]) AS r
       ON CONFLICT ("resource") DO NOTHING
       RETURNING "resource", "token"`,
      fresh, this.nodeId, this.ttlMs,
    );
    for (const r of rows) {
      this.held.set(r.resource, Number(r.token));
      this.unsettled.add(r.resource);
    }
  }

  /**
   * The transaction that claimed `resources` (claimNewInTx) ended: committed, they are held like
   * any other; rolled back, their rows never existed, so a retry claims them again.
   */
  settle(resources: string[], committed: boolean): void {
    for (const r of resources) {
      if (!this.unsettled.delete(r)) continue;
      if (!committed) this.held.delete(r);
    }
  }

  /** Inside a write's transaction: the leases of finished games go with their journal rows. */
  async deleteInTx(tx: Sql, resources: string[]): Promise<void> {
    if (resources.length === 0) return;
    await tx.$executeRawUnsafe(`DELETE FROM "Lease" WHERE "resource" = ANY($1::text[]) AND "owner" = $2`, resources, this.nodeId);
    for (const r of resources) this.held.delete(r);
  }

  /** Journaled games or sessions (ids from `candidates`) whose lease is missing or expired. */
  async orphans(candidates: string[]): Promise<string[]> {
    if (candidates.length === 0) return [];
    const rows = await this.db.$queryRawUnsafe<{ resource: string }[]>(
      `SELECT "resource" FROM "Lease" WHERE "resource" = ANY($1::text[]) AND "expiresAt" > ${DB_NOW}`,
      candidates,
    );
    const live = new Set(rows.map((r) => r.resource));
    return candidates.filter((c) => !live.has(c));
  }
}
