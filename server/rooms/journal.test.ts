import { describe, expect, it } from "vitest";
import { Journal, type JournalBatch, type JournalStore, type LiveGameHeader } from "./journal";

/** A store that keeps what it is given, and fails while told to. */
class MemoryStore implements JournalStore {
  batches: JournalBatch[] = [];
  failing = false;
  async write(batch: JournalBatch): Promise<void> {
    if (this.failing) throw new Error("SQLITE_FULL: database or disk is full");
    this.batches.push(structuredClone(batch));
  }
  async load() {
    return [];
  }
  get inputs() {
    return this.batches.flatMap((b) => b.inputs.map((i) => `${i.gameId}:${i.seq}`));
  }
}

const header = (id: string, startedAt: Date | null = null): LiveGameHeader => ({
  id,
  code: "ABCDEF",
  scenario: "generals",
  params: {},
  seed: 7,
  tickMs: 100,
  seats: [],
  context: null,
  friends: false,
  startedAt,
});
const tick = (gameId: string, seq: number) => ({ gameId, seq, action: { type: "tick" } });
const RETRY = { firstMs: 5, maxMs: 20 };

describe("Journal", () => {
  it("writes what one turn of the event loop journals in one batch, headers first", async () => {
    const store = new MemoryStore();
    const journal = new Journal(store, { retry: RETRY });
    journal.header(header("g1"));
    journal.input(tick("g1", 0));
    journal.header(header("g1", new Date(5))); // the latest header wins
    journal.input(tick("g1", 1));
    expect(await journal.durable(1_000)).toBe(true);
    expect(store.batches).toHaveLength(1);
    expect(store.batches[0].headers).toHaveLength(1);
    expect(store.batches[0].headers[0].startedAt).toEqual(new Date(5));
    expect(store.inputs).toEqual(["g1:0", "g1:1"]);
  });

  it("keeps the order across a failed write, and says it is failing meanwhile", async () => {
    const store = new MemoryStore();
    const journal = new Journal(store, { retry: RETRY });
    store.failing = true;
    journal.input(tick("g1", 0));
    journal.input(tick("g1", 1));
    expect(await journal.durable(1_000)).toBe(false);
    expect(journal.health()).toMatchObject({ ok: false, pending: 2 });
    expect(journal.health().lastError).toContain("SQLITE_FULL");
    // While it fails, nobody waits for it.
    journal.input(tick("g1", 2));
    const started = Date.now();
    expect(await journal.durable(1_000)).toBe(false);
    expect(Date.now() - started).toBeLessThan(100);
    store.failing = false;
    await journal.close(Date.now() + 2_000);
    expect(store.inputs).toEqual(["g1:0", "g1:1", "g1:2"]);
    expect(journal.health()).toEqual({ ok: true, pending: 0, lastError: null, since: null });
  });

  it("tells a waiter once its changes are written, not before", async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    const written: JournalBatch[] = [];
    const slow: JournalStore = {
      write: async (b) => {
        await gate;
        written.push(b);
      },
      load: async () => [],
    };
    const journal = new Journal(slow);
    journal.input(tick("g1", 0));
    let done = false;
    const waiting = journal.durable(5_000).then((ok) => (done = ok));
    await new Promise((r) => setTimeout(r, 20));
    expect(done).toBe(false);
    release();
    await waiting;
    expect(done).toBe(true);
    expect(written).toHaveLength(1);
  });

  it("answers false when the write takes longer than the wait (and writes it anyway)", async () => {
    const written: JournalBatch[] = [];
    const slow: JournalStore = {
      write: async (b) => {
        await new Promise((r) => setTimeout(r, 80));
        written.push(b);
      },
      load: async () => [],
    };
    const journal = new Journal(slow);
    journal.input(tick("g1", 0));
    expect(await journal.durable(10)).toBe(false);
    expect(await journal.durable(1_000)).toBe(true);
    expect(written).toHaveLength(1);
  });

  it("forgets a game after its last inputs", async () => {
    const store = new MemoryStore();
    const journal = new Journal(store, { retry: RETRY });
    journal.input(tick("g1", 0));
    journal.drop("g1");
    await journal.durable(1_000);
    expect(store.batches[0]).toMatchObject({ inputs: [{ gameId: "g1", seq: 0 }], drops: ["g1"] });
  });

  it("holds work until what came before it is written, in order, after the answers waiting for that write; runs it at once while writes fail", async () => {
    const store = new MemoryStore();
    const journal = new Journal(store, { retry: RETRY });
    const sent: string[] = [];
    journal.whenDurable(() => sent.push("nothing pending: at once"));
    journal.input(tick("g1", 0));
    journal.whenDurable(() => sent.push("view after 0"));
    journal.input(tick("g1", 1));
    journal.whenDurable(() => sent.push("view after 1"));
    expect(sent).toEqual(["nothing pending: at once"]);
    expect(await journal.durable(1_000)).toBe(true);
    // The answer (a move's ack) goes first; the views follow after this turn.
    expect(sent).toEqual(["nothing pending: at once"]);
    await new Promise((r) => setImmediate(r));
    expect(sent).toEqual(["nothing pending: at once", "view after 0", "view after 1"]);
    expect(store.inputs).toEqual(["g1:0", "g1:1"]);

    store.failing = true;
    journal.input(tick("g1", 2));
    journal.whenDurable(() => sent.push("view after 2"));
    await journal.durable(1_000);
    expect(sent.at(-1)).toBe("view after 2");
  });
});
