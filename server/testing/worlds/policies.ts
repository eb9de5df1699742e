/**
 * How the observed seat chooses its inputs while candidate worlds are generated. The inputs it
 * ends up making become the world's script, which is then replayed as is over the sockets.
 * A policy sees only the seat's own view (never the true state), like a player.
 */
import type { AnyScenario } from "../../engine/scenario";
import { SCENARIOS } from "../../engine/scenarios";
import { SeededRandom } from "../../engine/prng";
import type { Move, WorldScenario } from "./world";

export interface Policy {
  /** The moves to try after tick `tick` has happened, given the seat's view at that moment. */
  movesAt(tick: number, view: unknown): Move[];
  /** Keep a tried move in the script? (Refused attempts are dropped where they would be many.) */
  keep(ok: boolean): boolean;
}

/** A general or a lover: sends at random ticks (some too early for an ack: refused) and commits once. */
export function messengerPolicy(scenario: "generals" | "lovers", seat: string, policySeed: number, lastTick: number): Policy {
  const r = new SeededRandom(policySeed);
  const first = seat === "A" || seat === "alice";
  const plan = scenario === "generals" ? { type: "send", kind: "plan" } : { type: "send", kind: "proposal" };
  const ack = { type: "send", kind: "ack" };
  const commitTick = r.int(0, lastTick);
  const decision = scenario === "generals" ? (r.float() < 0.5 ? "attack" : "hold") : r.float() < 0.5 ? "show" : "stay";
  const commit = scenario === "generals" ? { type: "commit", decision } : { type: "decide", decision };
  const sendChance = 0.3 + r.float() * 0.5;
  const script = new Map<number, Move[]>();
  for (let t = 0; t <= lastTick; t++) {
    const moves: Move[] = [];
    if (r.float() < sendChance) moves.push(first && r.float() < 0.6 ? plan : ack);
    if (r.float() < 0.05) moves.push(ack); // a second send in one tick: TOO_SOON
    if (t === commitTick) moves.push(commit);
    script.set(t, moves);
  }
  return { movesAt: (tick) => script.get(tick) ?? [], keep: () => true };
}

/**
 * A consensus process: every tick, tries each protocol step in a fixed order and lets the
 * server say which are allowed (that depends only on the process's own state). Some ticks it
 * idles, so the run does not always go at full speed. Only accepted steps are kept.
 */
export function processPolicy(policySeed: number, prefer: 0 | 1): Policy {
  const attempts: Move[] = [
    { type: "decide" },
    { type: "relay" },
    { type: "opinion" },
    { type: "suggest", value: prefer },
    { type: "suggest", value: 1 - prefer },
    { type: "reply", ack: true },
    { type: "reply", ack: false },
    { type: "opinion" },
  ];
  return {
    movesAt: (tick) => (new SeededRandom(policySeed * 1000 + tick).float() < 0.2 ? [] : attempts),
    keep: (ok) => ok,
  };
}

/** The Enemy or the consensus adversary: one of the scenario's own bot strategies, on its own view. */
export function botPolicy(scenario: WorldScenario, strategy: string, policySeed: number): Policy {
  const s: AnyScenario = SCENARIOS[scenario];
  return { movesAt: (_tick, view) => s.botMoves(view, strategy, policySeed) as Move[], keep: () => true };
}
