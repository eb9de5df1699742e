/**
 * Play a world in-process, with no sockets: a real GameRoom on a manual clock, the observed seat
 * fed by a policy (to make a script) or by a script. The room decides the order of ticks, bot
 * moves and the seat's moves exactly as it does behind the socket server, so the trace found
 * here is the trace the socket run must produce.
 */
import type { GameEvent } from "../../engine/record";
import type { AnyScenario } from "../../engine/scenario";
import { SCENARIOS } from "../../engine/scenarios";
import { GameRoom, type SeatSlot } from "../../rooms/room";
import { ManualClock } from "../manualClock";
import type { Policy } from "./policies";
import type { MoveResult, ScriptedMove, World } from "./world";

export interface HeadlessRun {
  script: ScriptedMove[];
  results: MoveResult[];
  /** Every accepted input in order, clock ticks included (the trace's `inputs`). */
  inputs: { type: string; seat?: string }[];
  events: GameEvent[];
}

/** Play `world` (its script is ignored when a policy is given: the policy writes it). */
export async function playHeadless(world: World, policy?: Policy): Promise<HeadlessRun> {
  const scenario: AnyScenario = SCENARIOS[world.scenario];
  const params = scenario.paramsSchema.parse(world.params);
  const clock = new ManualClock();
  const seats: SeatSlot[] = (scenario.seats(params) as string[]).map((seat) =>
    seat === world.seat
      ? { seat, kind: "human", strategy: null, name: "observer", playerId: "p", token: "t", tokenHash: "t" }
      : { seat, kind: "bot", strategy: world.bots[seat], name: world.bots[seat], playerId: null, token: null, tokenHash: null },
  );
  const room = new GameRoom({
    id: "headless",
    code: "HEADLS",
    scenario,
    params,
    seed: world.seed,
    tickMs: 1000,
    seats,
    clock,
    hooks: { publish() {}, listening: () => false, finished() {} },
  });
  room.start();
  const script: ScriptedMove[] = [];
  const results: MoveResult[] = [];
  let next = 0;
  for (let tick = 0; room.status === "running"; tick++) {
    const moves = policy ? policy.movesAt(tick, scenario.view(room.record.state, world.seat)) : [];
    if (!policy) while (next < world.script.length && world.script[next].tick === tick) moves.push(world.script[next++].move);
    for (const move of moves) {
      const ack = await room.submit(world.seat, move);
      const result: MoveResult = ack.ok ? { ok: true } : { ok: false, code: ack.error.code };
      if (!policy || policy.keep(ack.ok)) {
        script.push({ tick, move });
        results.push(result);
      }
    }
    if (room.status !== "running") break;
    await clock.advance(room.id);
  }
  room.dispose();
  return { script, results, inputs: room.record.inputs as HeadlessRun["inputs"], events: room.record.events };
}
