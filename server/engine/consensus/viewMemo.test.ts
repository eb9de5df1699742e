import { describe, expect, it } from "vitest";
import { GameRecord } from "../record";
import { simulate } from "../simulate";
import { consensus, type ConsensusState } from "./index";
import { consensusParamsSchema } from "./params";
import { buildOwnParts, consensusView } from "./view";

/** Every state a bot run passes through, replayed from its inputs. */
function statesOf(seed: number, detector: "ES" | "EW"): ConsensusState[] {
  const params = consensusParamsSchema.parse({ n: 5, detector, f: 2, adversary: "bot" });
  const strategies = Object.fromEntries(consensus.seats(params).map((s) => [s, s === "adversary" ? "random" : "protocol"]));
  const played = simulate<ConsensusState>({ scenario: consensus, params, seed, strategies });
  const record = new GameRecord<ConsensusState>(consensus, params, seed);
  const states = [record.state];
  for (const input of played.inputs) {
    record.apply(input);
    states.push(record.state);
  }
  return states;
}

describe("consensus views reused per process", () => {
  it("equal views built from scratch, states of different runs interleaved", () => {
    for (let seed = 1; seed <= 40; seed++) {
      const a = statesOf(seed, "ES");
      const b = statesOf(seed + 500, "EW");
      for (let i = 0; i < Math.max(a.length, b.length); i++) {
        for (const state of [a[Math.min(i, a.length - 1)], b[Math.min(i, b.length - 1)], a[Math.max(0, a.length - 1 - i)]]) {
          for (const p of state.procs) {
            const view = consensusView(state, `p${p.id}`);
            const fresh = buildOwnParts(p, state.params.n, state.params.sandbox, state.phase === "running");
            expect({ coordinator: view.role === "process" && view.coordinator, suspects: view.role === "process" && view.suspects, relay: view.role === "process" && view.relay, inbox: view.role === "process" && view.inbox, coordinating: view.role === "process" && view.coordinating, decided: view.role === "process" && view.decided, can: view.role === "process" && view.can }).toEqual(fresh);
          }
          const adversary = consensusView(state, "adversary");
          expect(adversary.role === "adversary" && adversary.processes.map((p) => p.suspects)).toEqual(state.procs.map((p) => p.suspects));
        }
      }
    }
  });
});
