import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { consensus } from "../engine/consensus";
import { replay } from "../engine/record";
import type { ConsensusState } from "../engine/consensus/types";
import { consensusView } from "../engine/consensus/view";
import { playedNight, replayedNightScore } from "../storage/challengeNights.testing";
import { getPrisma } from "../storage/db";
import { PrismaGameStore } from "../storage/prismaGameStore";
import { createTestDatabase, type TestDatabase } from "../storage/testDatabase";
import type { FinishedGame } from "../storage/types";
import { readReplay, type ReplayRecord } from "./replay";

const finishedAt = new Date("2026-12-01T10:00:00Z");

/** A replay that is not withheld (no arena match here). */
async function replayOf(id: string, database: ReturnType<typeof getPrisma>): Promise<ReplayRecord | null> {
  const read = await readReplay(id, database);
  if (read && !("trace" in read)) throw new Error(`${id} is withheld`);
  return read;
}

describe("readReplay", () => {
  let database: TestDatabase;
  let store: PrismaGameStore;
  let playerId: string;
  const db = () => getPrisma(database.url);
  beforeEach(async () => {
    database = await createTestDatabase();
    store = new PrismaGameStore(database.url);
    playerId = (await store.ensurePlayer("device-ada", "ada")).id;
  });
  afterEach(async () => {
    await store.close();
    await database.cleanup();
  });

  const night = (id: string, challengeId: string): FinishedGame => playedNight({ id, challengeId, seedIndex: 0, playerId, nickname: "ada", finishedAt });

  it("gives a consensus night's trace, its check, the reveal its players saw at the end and its challenge score", async () => {
    const game = night("consensus-night-1", "first-coordinator");
    await store.saveFinishedGame(game);
    const read = await replayOf(game.id, db());
    expect(read?.check.ok).toBe(true);
    expect(read?.trace.gameId).toBe(game.id);
    const end = replay(consensus, read!.params, game.trace.seed, game.trace.inputs).state as ConsensusState;
    expect(read?.reveal).toEqual(consensusView(end, "p1").reveal);
    expect(read?.night).toMatchObject({ seedIndex: 0, playerId, challenge: { id: "first-coordinator" } });
    // Scored from the stored trace; the same as scoring a fresh replay of its seed and inputs.
    expect(read?.night?.score).toBe(replayedNightScore(game.trace, "first-coordinator"));
    // Before the viewer reaches the end, the timeline does not name how it ended.
    if (!read?.check.ok) throw new Error("unreachable");
    expect(["all decided", "limit"]).toContain(read.check.timeline.endLabel);
    expect(read.blindTimeline).toEqual({ ...read.check.timeline, endLabel: "end" });
  });

  it("gives a two-party game no reveal (its scenario rebuilds none), and a game outside challenges no night", async () => {
    const game = { ...night("generals-game-1", "foggy-valley"), context: undefined };
    await store.saveFinishedGame(game);
    const read = await replayOf(game.id, db());
    expect(read?.check.ok).toBe(true);
    expect(read?.reveal).toBeNull();
    expect(read?.night).toBeNull();
    // Its end ("dawn") tells nothing: the blind timeline is the timeline.
    expect(read?.check.ok && read.blindTimeline).toEqual(read?.check.ok && read.check.timeline);
  });

  it("says when a stored trace does not replay, and then rebuilds no reveal", async () => {
    const game = night("consensus-night-2", "first-coordinator");
    await store.saveFinishedGame({ ...game, trace: { ...game.trace, events: game.trace.events.slice(0, -1) } });
    const read = await replayOf(game.id, db());
    expect(read?.check).toEqual({ ok: false, problem: "its events differ from the replay" });
    expect(read?.reveal).toBeNull();
    expect(read?.blindTimeline).toBeNull();
    expect(read?.night?.challenge.id).toBe("first-coordinator");
  });

  it("is null for an unknown game and for anything that is not a game id", async () => {
    expect(await readReplay("no-such-game-1", db())).toBeNull();
    expect(await readReplay("../etc/passwd", db())).toBeNull();
  });
});
