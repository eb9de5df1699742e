/** The live-game journal's tables (LiveGame, LiveInput) through Prisma. */
import type { PrismaClient } from "../generated/prisma/client";
import type { JournalBatch, JournalStore, LiveGameHeader, StoredLiveGame } from "../rooms/journal";

export class PrismaJournalStore implements JournalStore {
  constructor(private readonly db: PrismaClient) {}

  async write(batch: JournalBatch): Promise<void> {
    const { headers, inputs, drops } = batch;
    await this.db.$transaction([
      ...headers.map((h) => {
        const row = rowOf(h);
        return this.db.liveGame.upsert({ where: { id: h.id }, create: row, update: { seats: row.seats, startedAt: row.startedAt } });
      }),
      ...(inputs.length ? [this.db.liveInput.createMany({ data: inputs.map((i) => ({ gameId: i.gameId, seq: i.seq, action: JSON.stringify(i.action) })) })] : []),
      ...(drops.length ? [this.db.liveInput.deleteMany({ where: { gameId: { in: drops } } }), this.db.liveGame.deleteMany({ where: { id: { in: drops } } })] : []),
    ]);
  }

  async load(): Promise<StoredLiveGame[]> {
    const games = await this.db.liveGame.findMany({ orderBy: { createdAt: "asc" } });
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
