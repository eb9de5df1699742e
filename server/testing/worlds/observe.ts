/**
 * A seat's observation of a played world, from the true trace: per moment the server could
 * send it something (after a tick, after its own move, after another seat's moves), what it
 * learned then; its answers to its own inputs; when the game ended. Two worlds with the same
 * observation must send that seat the same bytes until the end.
 */
import { GameRecord, type GameEvent } from "../../engine/record";
import type { AnyScenario } from "../../engine/scenario";
import { SCENARIOS } from "../../engine/scenarios";
import type { HeadlessRun } from "./headless";
import { projectorFor, startFacts } from "./families";
import { sendIdOf } from "./visibility";
import type { World } from "./world";

/**
 * The observation as a string: equal strings, indistinguishable worlds. Throws if replaying the
 * run's inputs does not give back its events (the trace must be the whole truth).
 */
export function observationKey(world: World, run: HeadlessRun): string {
  const scenario: AnyScenario = SCENARIOS[world.scenario];
  const record = new GameRecord(scenario, scenario.paramsSchema.parse(world.params), world.seed);
  const project = projectorFor(world);
  const sends = new Map<number, GameEvent>();
  const moments: unknown[] = [];
  let tick = 0;
  let lastActor: string | null = null;
  let moment: unknown[] | null = null;
  for (const input of run.inputs) {
    const applied = record.apply(input);
    if (!applied.ok) throw new Error(`observationKey: input ${input.type} refused on replay`);
    if (input.type === "tick") tick++;
    // The room publishes after the clock's tick, after each of the seat's moves, and after each
    // bot's batch of moves: consecutive inputs of one bot are one moment.
    const actor = input.type === "tick" ? "clock" : input.seat === world.seat ? "self" : `bot:${input.seat}`;
    if (!moment || actor === "clock" || actor === "self" || actor !== lastActor) {
      moment = [tick, actor === "clock" || actor === "self" ? actor : "other"];
      moments.push(moment);
    }
    lastActor = actor;
    for (const e of applied.events) {
      if (e.type === "send") sends.set(sendIdOf(e) as number, e);
      const seen = project(e, sends);
      if (seen) moment.push(seen);
    }
  }
  if (JSON.stringify(record.events) !== JSON.stringify(run.events)) throw new Error("observationKey: replay differs from the run");
  const end = tick;
  // Moments with nothing seen send nothing; the last tick's moment is the end and its reveal.
  const seen = moments.filter((m) => (m as unknown[]).length > 2 && (m as [number])[0] < end);
  return JSON.stringify({ end, start: startFacts(world, run.events), seen, results: run.results });
}
