/**
 * Test helper: the arena store in memory, on a clock the test moves, with the same rules as
 * PrismaArenaStore (server/arena/hold.ts: places, the open cycle, createMatch's refusal) and a
 * record of every match written, so scheduler tests can check where matches fell.
 */
import { ARENA_IDLE_MS, comparePlaces, openCycle, placeOf, withheld, type Place } from "../arena/hold";
import { ArenaPlaceMoved, type ArenaStore, type NewArenaMatch } from "../storage/arenaStore";

export interface MemoryMatch extends NewArenaMatch {
  finished: boolean;
  /** The open cycle just before it was written. */
  openBefore: number;
  /** Whether a match of its cycle had had its replay released when it was written (never, if the rule holds). */
  onReleased: boolean;
}

export class MemoryArenaStore implements ArenaStore {
  readonly matches: MemoryMatch[] = [];
  /** Each (bot, scenario)'s place and when it last played. */
  private readonly plays = new Map<string, { place: Place; at: number }>();
  /** Cycles whose replays some read released, per scenario. */
  private readonly released = new Map<string, Set<number>>();
  readonly revoked = new Set<string>();
  /** How many of the next createMatch calls fail (a store fault). */
  failWrites = 0;
  /** What settle and closeLost were asked, in order. */
  readonly settled: string[] = [];
  readonly closed: string[] = [];
  /** What unfinished() answers (matches a restart brought back). */
  restored: { id: string; stored: boolean; live: boolean }[] = [];

  constructor(
    private readonly now: () => number,
    private readonly idleMs = ARENA_IDLE_MS,
  ) {}

  secret = async (): Promise<string> => "test-secret";

  /** Put a bot at a place, as if it had played up to there. */
  place(botId: string, scenario: string, place: Place): void {
    this.plays.set(`${botId}\n${scenario}`, { place, at: this.now() });
  }

  /** The scenario's open cycle now. */
  open(scenario: string): number {
    const bots = [...this.plays].filter(([key]) => key.endsWith(`\n${scenario}`) && !this.revoked.has(key.split("\n")[0]));
    const cycles = this.matches.filter((m) => m.scenario === scenario).map((m) => m.cycle);
    const facts = bots.map(([, p]) => ({ nextCycle: p.place.cycle, playedAt: new Date(p.at) }));
    return openCycle({ bots: facts, latestCycle: cycles.length ? Math.max(...cycles) : null, now: new Date(this.now()), idleMs: this.idleMs });
  }

  /** Which of the scenario's cycles have their replays open now (as the pages would show them); remembered. */
  releasedCycles(scenario: string): Set<number> {
    const open = this.open(scenario);
    const unfinished = new Set(this.matches.filter((m) => m.scenario === scenario && !m.finished).map((m) => m.cycle));
    const seen = this.released.get(scenario) ?? new Set<number>();
    for (const m of this.matches) if (m.scenario === scenario && !withheld(m.cycle, open, unfinished)) seen.add(m.cycle);
    this.released.set(scenario, seen);
    return seen;
  }

  async places(botIds: readonly string[], scenario: string): Promise<Place[]> {
    return this.placesNow(botIds, scenario);
  }

  /** places, as createMatch re-reads them in its write (a subclass's places may do more). */
  private placesNow(botIds: readonly string[], scenario: string): Place[] {
    const open = this.open(scenario);
    return botIds.map((id) => placeOf(this.plays.get(`${id}\n${scenario}`)?.place ?? null, open));
  }

  async createMatch(match: NewArenaMatch): Promise<void> {
    if (this.failWrites > 0 && this.failWrites--) throw new Error("disk full");
    const place = { cycle: match.cycle, night: match.night };
    const open = this.open(match.scenario);
    const current = this.placesNow(
      match.plays.map((p) => p.botId),
      match.scenario,
    );
    if (match.cycle < open || current.some((p) => comparePlaces(p, place) > 0)) throw new ArenaPlaceMoved("places moved");
    const onReleased = this.releasedCycles(match.scenario).has(match.cycle);
    this.matches.push({ ...match, finished: false, openBefore: open, onReleased });
    for (const p of match.plays) this.plays.set(`${p.botId}\n${match.scenario}`, { place: p.next, at: this.now() });
  }

  async closeLost(gameId: string): Promise<boolean> {
    this.closed.push(gameId);
    this.finish(gameId);
    return true;
  }

  async settle(gameId: string): Promise<"settled" | "already" | "none"> {
    this.settled.push(gameId);
    return this.finish(gameId);
  }

  async unfinished(): Promise<{ id: string; stored: boolean; live: boolean }[]> {
    return this.restored;
  }

  private finish(gameId: string): "settled" | "already" | "none" {
    const match = this.matches.find((m) => m.id === gameId);
    if (!match) return "none";
    if (match.finished) return "already";
    match.finished = true;
    return "settled";
  }
}
