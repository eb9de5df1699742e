/**
 * A replayer for Two Generals and the Lovers written from docs/trace-format.md ("Replaying from
 * the seed") alone. It imports nothing from the engine on purpose: if it reproduces the engine's
 * events, the docs are enough for an outsider to check a game.
 */

type Json = Record<string, unknown>;

const MASK64 = (1n << 64n) - 1n;
const rotl = (x: bigint, k: bigint) => ((x << k) | (x >> (64n - k))) & MASK64;

/** xoroshiro128+ (24, 16, 37), seeded from a SplitMix32 sequence of the seed, as the docs say. */
export class DocGenerator {
  private s0: bigint;
  private s1: bigint;

  constructor(seed: number) {
    let x = seed >>> 0;
    const w: number[] = [];
    for (let i = 0; i < 4; i++) {
      x = (x + 0x9e3779b9) >>> 0;
      let z = x;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      w.push((z ^ (z >>> 16)) >>> 0);
    }
    if (!w.some((v) => v !== 0)) w[0] = 1; // all four 0: w0 is 1
    this.s0 = (BigInt(w[0]) << 32n) | BigInt(w[1]);
    this.s1 = (BigInt(w[2]) << 32n) | BigInt(w[3]);
  }

  /** One draw: a float in [0, 1). */
  float(): number {
    const out = Number((this.s0 + this.s1) & 0xffffffffn);
    const t = this.s0 ^ this.s1;
    this.s0 = rotl(this.s0, 24n) ^ t ^ ((t << 16n) & MASK64);
    this.s1 = rotl(t, 37n);
    return out / 2 ** 32;
  }
}

interface Crossing {
  id: number;
  from: "A" | "B";
  to: "A" | "B";
  arrivesAt: number;
  state: "crossing" | "delivered" | "captured" | "late";
}

interface Machine {
  d: number;
  T: number;
  p: number;
  enemy: boolean;
}

/** The events of a generals-rules game, in the generals' words, without `seq`. */
function run(machine: Machine, seed: number, inputs: readonly Json[]): Json[] {
  const rng = new DocGenerator(seed);
  const events: Json[] = [{ type: "start", tick: 0 }];
  let tick = 0;
  const messengers: Crossing[] = [];
  const committed: Record<"A" | "B", string | null> = { A: null, B: null };
  for (const input of inputs) {
    const seat = input.seat as "A" | "B";
    switch (input.type) {
      case "send": {
        const to = seat === "A" ? "B" : "A";
        const acked = messengers.filter((m) => m.to === seat && m.state === "delivered").length;
        const m: Crossing = { id: messengers.length + 1, from: seat, to, arrivesAt: tick + machine.d, state: "crossing" };
        messengers.push(m);
        events.push({ type: "send", tick, messengerId: m.id, from: seat, to, kind: input.kind, acked, arrivesAt: m.arrivesAt });
        break;
      }
      case "commit":
        committed[seat] = input.decision as string;
        events.push({ type: "commit", tick, general: seat, decision: input.decision, byDefault: false });
        break;
      case "capture": {
        const m = messengers.find((x) => x.id === input.messengerId)!;
        m.state = "captured";
        events.push({ type: "capture", tick, messengerId: m.id, by: "enemy" });
        break;
      }
      case "tick": {
        tick++;
        if (tick < machine.T) {
          for (const m of messengers) {
            if (m.state !== "crossing" || m.arrivesAt !== tick) continue;
            const lost = !machine.enemy && machine.p > 0 && rng.float() < machine.p;
            m.state = lost ? "captured" : "delivered";
            events.push(lost ? { type: "capture", tick, messengerId: m.id, by: "chance" } : { type: "deliver", tick, messengerId: m.id, to: m.to });
          }
        } else {
          for (const m of messengers) {
            if (m.state !== "crossing") continue;
            m.state = "late";
            events.push({ type: "late", tick, messengerId: m.id });
          }
          for (const g of ["A", "B"] as const) {
            if (committed[g]) continue;
            committed[g] = "hold";
            events.push({ type: "commit", tick, general: g, decision: "hold", byDefault: true });
          }
          const a = committed.A === "attack";
          const b = committed.B === "attack";
          events.push({ type: "dawn", tick, outcome: a && b ? "victory" : a ? "defeat-A" : b ? "defeat-B" : "no-battle" });
        }
        break;
      }
      default:
        throw new Error(`unknown input ${String(input.type)}`);
    }
  }
  return events;
}

const numbered = (events: Json[]) => events.map((e, seq) => ({ seq, ...e }));

/** A Two Generals trace's events from (params, seed, inputs). */
export function replayGeneralsFromDocs(params: Json, seed: number, inputs: readonly Json[]): Json[] {
  const machine = { d: params.crossingTicks as number, T: params.dawnTick as number, p: params.captureProbability as number, enemy: params.enemy !== "none" };
  return numbered(run(machine, seed, inputs));
}

const LOVER = { A: "alice", B: "bob" } as const;
const OUTCOME: Record<string, string> = { victory: "date", "no-battle": "nothing", "defeat-A": "stood-up-alice", "defeat-B": "stood-up-bob" };

/** A Lovers' trace's events from (params, seed, inputs): the same machine, renamed. */
export function replayLoversFromDocs(params: Json, seed: number, inputs: readonly Json[]): Json[] {
  const machine = { d: 1, T: 12, p: params.luckyNight ? 0 : (params.lossProbability as number), enemy: false };
  const asGeneral = inputs.map((i): Json => {
    const seat = i.seat === "alice" ? "A" : "B";
    if (i.type === "send") return { type: "send", seat, kind: i.kind === "proposal" ? "plan" : "ack" };
    if (i.type === "decide") return { type: "commit", seat, decision: i.decision === "show" ? "attack" : "hold" };
    return i;
  });
  const renamed = run(machine, seed, asGeneral).map((e): Json => {
    switch (e.type) {
      case "send":
        return { type: "send", tick: e.tick, smsId: e.messengerId, from: LOVER[e.from as "A"], to: LOVER[e.to as "A"], kind: e.kind === "plan" ? "proposal" : "ack", acked: e.acked, arrivesAt: e.arrivesAt };
      case "deliver":
        return { type: "deliver", tick: e.tick, smsId: e.messengerId, to: LOVER[e.to as "A"] };
      case "capture":
        return { type: "lose", tick: e.tick, smsId: e.messengerId };
      case "late":
        return { type: "late", tick: e.tick, smsId: e.messengerId };
      case "commit":
        return { type: "decide", tick: e.tick, lover: LOVER[e.general as "A"], decision: e.decision === "attack" ? "show" : "stay", byDefault: e.byDefault };
      case "dawn":
        return { type: "midnight", tick: e.tick, outcome: OUTCOME[e.outcome as string] };
      default:
        return e;
    }
  });
  return numbered(renamed);
}
