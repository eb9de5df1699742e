import { appendFileSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Outbox, outboxPathOf } from "./outbox";
import type { FinishedGame } from "./types";

const game = (id: string): FinishedGame => ({
  id,
  scenario: "generals",
  outcome: "victory",
  startedAt: new Date("2025-01-01T10:00:00Z"),
  finishedAt: new Date("2025-01-01T10:01:00Z"),
  seats: [],
  trace: { gameId: id } as FinishedGame["trace"],
});

describe("Outbox", () => {
  let dir: string;
  let path: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "bivalent-outbox-"));
    path = join(dir, "x.outbox.jsonl");
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("lives beside the database file", () => {
    expect(outboxPathOf("file:/srv/data/bivalent.db", "")).toBe("/srv/data/bivalent.outbox.jsonl");
    expect(outboxPathOf("file::memory:", "")).toBeNull();
  });

  it("goes where OUTBOX_PATH says, and under data/ by database name for PostgreSQL", () => {
    expect(outboxPathOf("file:/srv/data/bivalent.db", "/var/lib/bivalent/out.jsonl")).toBe("/var/lib/bivalent/out.jsonl");
    expect(outboxPathOf("postgresql://u:p@db:5432/bivalent?sslmode=disable", "")).toBe(join(process.cwd(), "data", "bivalent.outbox.jsonl"));
    expect(outboxPathOf("postgres://db/other", "/x/o.jsonl")).toBe("/x/o.jsonl");
  });

  it("keeps what is owed across a reopen, in order, with dates revived", async () => {
    const first = await Outbox.open(path);
    await Promise.all([first.append(game("a")), first.append(game("b")), first.append(game("c"))]);
    await first.markSaved("b");
    await first.close();
    const again = await Outbox.open(path);
    expect(again.pending.map((g) => g.id)).toEqual(["a", "c"]);
    expect(again.pending[0].finishedAt).toEqual(new Date("2025-01-01T10:01:00Z"));
    await again.close();
  });

  it("is empty on disk once everything is saved", async () => {
    const outbox = await Outbox.open(path);
    await outbox.append(game("a"));
    expect(statSync(path).size).toBeGreaterThan(0);
    await outbox.markSaved("a");
    expect(statSync(path).size).toBe(0);
    await outbox.append(game("b"));
    await outbox.close();
    expect((await Outbox.open(path)).pending.map((g) => g.id)).toEqual(["b"]);
  });

  it("skips a line torn by a crash and keeps appending on a fresh line", async () => {
    const outbox = await Outbox.open(path);
    await outbox.append(game("a"));
    await outbox.close();
    appendFileSync(path, '{"game":{"id":"half');
    const reopened = await Outbox.open(path);
    expect(reopened.unreadable).toBe(1);
    await reopened.append(game("b"));
    await reopened.close();
    const lines = readFileSync(path, "utf8").split("\n").filter(Boolean);
    expect(lines.every((l) => JSON.parse(l))).toBe(true);
    expect((await Outbox.open(path)).pending.map((g) => g.id)).toEqual(["a", "b"]);
  });
});
