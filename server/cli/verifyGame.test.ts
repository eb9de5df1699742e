import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { playedNight } from "../storage/challengeNights.testing";
import { PrismaGameStore } from "../storage/prismaGameStore";
import { createTestDatabase, type TestDatabase } from "../storage/testDatabase";
import type { FinishedGame } from "../storage/types";
import { runVerify } from "./verifyGame";

const night = (id: string, challengeId: string): FinishedGame =>
  playedNight({ id, challengeId, seedIndex: 0, playerId: "p1", nickname: "ada", finishedAt: new Date("2026-12-01T10:00:00Z") });

describe("npm run verify", () => {
  let dir: string;
  let database: TestDatabase;
  const games = [night("gen-1", "foggy-valley"), night("lov-1", "half-lost"), night("con-1", "first-coordinator")];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "bivalent-verify-"));
    database = await createTestDatabase();
    const store = new PrismaGameStore(database.url);
    const player = await store.ensurePlayer("device-ada", "ada");
    for (const g of games) await store.saveFinishedGame({ ...g, seats: g.seats.map((s) => (s.kind === "human" ? { ...s, playerId: player.id } : s)) });
    await store.close();
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await database.cleanup();
  });

  const file = (name: string, content: unknown) => {
    const path = join(dir, name);
    writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content));
    return path;
  };
  const run = async (target: string) => {
    const lines: string[] = [];
    const code = await runVerify(["--", target], (l) => lines.push(l), database.url);
    return { code, text: lines.join("\n") };
  };

  it("verifies an untouched trace file of every scenario", async () => {
    for (const g of games) {
      const { code, text } = await run(file(`${g.id}.json`, g.trace));
      expect(text).toContain("VERIFIED");
      expect(text).not.toContain("NOT VERIFIED");
      expect(code).toBe(0);
    }
  });

  it("refuses a doctored score, event or seed, a wrong format, and what is not a trace", async () => {
    const t = games[0].trace;
    const seat = Object.keys(t.result)[0];
    const cases: [unknown, RegExp][] = [
      [{ ...t, result: { ...t.result, [seat]: { ...t.result[seat], score: t.result[seat].score + 1 } } }, /outcome or scores differ/],
      [{ ...t, events: t.events.slice(0, -1) }, /events differ/],
      [{ ...t, seed: (t.seed + 1) >>> 0 }, /differ|refused/],
      [{ ...t, format: "chess-pgn" }, /format/],
      [{ ...t, version: 7 }, /version 7/],
      ["{ not json", /not JSON/],
    ];
    for (const [content, why] of cases) {
      const { code, text } = await run(file("bad.json", content));
      expect(text).toMatch(/NOT VERIFIED/);
      expect(text).toMatch(why);
      expect(code).toBe(1);
    }
    expect((await run(join(dir, "missing.json"))).code).toBe(1);
  });

  it("reads a game from the database by id", async () => {
    for (const g of games) expect(await run(g.id)).toMatchObject({ code: 0, text: expect.stringContaining("VERIFIED") });
    expect(await run("no-such-game")).toEqual({ code: 1, text: expect.stringMatching(/NOT VERIFIED: no finished game no-such-game/) });
  });

  it("is the npm script: exit code 0 for a good trace, 1 for a forged one", async () => {
    const good = file("good.json", games[1].trace);
    const forged = file("forged.json", { ...games[1].trace, outcome: "date" === games[1].trace.outcome ? "nothing" : "date" });
    const exec = promisify(execFile);
    const ok = await exec(process.execPath, ["--import", "tsx", "server/cli/verifyGame.ts", good], { env: { ...process.env, DATABASE_URL: database.url } });
    expect(ok.stdout).toMatch(/VERIFIED/);
    await expect(exec(process.execPath, ["--import", "tsx", "server/cli/verifyGame.ts", forged])).rejects.toMatchObject({ code: 1, stdout: expect.stringMatching(/NOT VERIFIED/) });
  });
});
