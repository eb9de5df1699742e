/**
 * The live-game journal's tables (LiveGame, LiveInput) through Prisma. With `leases` (cluster
 * mode), each write is fenced: in the same transaction, the games whose lease this node no longer
 * holds with its token are left out, nothing of theirs lands, and the write answers them.
 */
import type { PrismaClient } from "../generated/prisma/client";
import type { Leases } from "../cluster/leases";
import type { JournalBatch, JournalStore, JournalWriteResult, LiveGameHeader, StoredLiveGame } from "../rooms/journal";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export class PrismaJournalStore implements JournalStore {
  constructor(
    private readonly db: PrismaClient,
    private readonly leases?: Leases,
  ) {}

  async write(batch: JournalBatch): Promise<JournalWriteResult> {
    const leases = this.leases;
    if (!leases) {
      await this.db.$transaction(statements(this.db, batch));
      return { fenced: [] };
    }
    const claimed = batch.headers.map((h) => h.id);
    const written = this.db.$transaction(async (tx) => {
      const ids = [...new Set([...batch.headers.map((h) => h.id), ...batch.inputs.map((i) => i.gameId), ...batch.drops])];
      await leases.claimNewInTx(tx, claimed);
      const fenced = await leases.fencedResources(tx, ids);
      const out = new Set(fenced);
      const allowed: JournalBatch = {
        headers: batch.headers.filter((h) => !out.has(h.id)),
        inputs: batch.inputs.filter((i) => !out.has(i.gameId)),
        drops: batch.drops.filter((id) => !out.has(id)),
      };
      for (const statement of statements(tx, allowed)) await statement;
      await leases.deleteInTx(tx, allowed.drops);
      return { fenced };
    });
    // Renewals judge a claim only once its transaction has ended (Leases.settle).
    return written.then(
      (result) => (leases.settle(claimed, true), result),
      (err: unknown) => {
        leases.settle(claimed, false);
        throw err;
      },
    );
  }

  /** Every journaled game with its class session, if any (cluster mode adopts those nobody leases). */
  async entries(): Promise<{ id: string; sessionId: string | null }[]> {
    const rows = await this.db.liveGame.findMany({ select: { id: true, context: true } });
    return rows.map((g) => ({ id: g.id, sessionId: g.context === null ? null : ((JSON.parse(g.context) as { sessionId?: string }).sessionId ?? null) }));
  }

  /** `only`: just these games (a node adopting them). */
  async load(only?: string[]): Promise<StoredLiveGame[]> {
    const games = await this.db.liveGame.findMany({ where: only ? { id: { in: only } } : undefined, orderBy: { createdAt: "asc" } });
    const out: StoredLiveGame[] = [];
    for (const g of games) {
      const inputs = await this.db.liveInput.findMany({ where: { gameId: g.id }, orderBy: { seq: "asc" }, select: { seq: true, action: true } });
      // A gap would mean a lost write: replay only what is whole (the rest was never acknowledged).
      const whole = inputs.findIndex((row, i) => row.seq !== i);
      const kept = whole === -1 ? inputs : inputs.slice(0, whole);
      out.push({
        header: {
          id: g.id,
          code: g.code,
          scenario: g.scenario,
          params: JSON.parse(g.params),
          seed: Number(g.seed),
          tickMs: g.tickMs,
          seats: JSON.parse(g.seats),
          context: g.context === null ? null : JSON.parse(g.context),
          friends: g.friends,
          startedAt: g.startedAt,
        },
        inputs: kept.map((row) => JSON.parse(row.action) as { type: string }),
      });
    }
    return out;
  }
}

/** A batch as statements: headers (upserted), inputs, then the dropped games. */
function statements(db: PrismaClient | Tx, { headers, inputs, drops }: JournalBatch) {
  return [
    ...headers.map((h) => {
      const row = rowOf(h);
      return db.liveGame.upsert({ where: { id: h.id }, create: row, update: { seats: row.seats, startedAt: row.startedAt } });
    }),
    ...(inputs.length ? [db.liveInput.createMany({ data: inputs.map((i) => ({ gameId: i.gameId, seq: i.seq, action: JSON.stringify(i.action) })) })] : []),
    ...(drops.length ? [db.liveInput.deleteMany({ where: { gameId: { in: drops } } }), db.liveGame.deleteMany({ where: { id: { in: drops } } })] : []),
  ];
}

function rowOf(h: LiveGameHeader) {
  return {
    id: h.id,
    code: h.code,
    scenario: h.scenario,
    params: JSON.stringify(h.params),
    seed: BigInt(h.seed),
    tickMs: h.tickMs,
    seats: JSON.stringify(h.seats),
    context: h.context === null ? null : JSON.stringify(h.context),
    friends: h.friends,
    startedAt: h.startedAt,
  };
}
