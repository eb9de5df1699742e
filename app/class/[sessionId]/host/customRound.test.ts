/** Every round the host's own form can build is one the server accepts: valid params, seats and bot strategies. */
import { describe, expect, it } from "vitest";
import { scenarioById } from "@/server/engine/scenarios";
import { startRoundSchema } from "@/server/protocol/classroom";
import { botStrategies, customRound, DEFAULT_CHOICES, groupingSentence, playerSeats, type CustomChoices } from "./customRound";

const auth = { sessionId: "abcdefgh12", hostKey: "k".repeat(32) };

function combos(): CustomChoices[] {
  const out: CustomChoices[] = [];
  for (const valley of [0.1, 0.5, "enemy"] as const) {
    for (const studentsPerGroup of [1, 2]) for (const s of botStrategies("generals")) out.push({ ...DEFAULT_CHOICES, scenario: "generals", valley, studentsPerGroup, botStrategy: s.value });
  }
  for (const luckyNight of [false, true]) {
    for (const studentsPerGroup of [1, 2]) for (const s of botStrategies("lovers")) out.push({ ...DEFAULT_CHOICES, scenario: "lovers", luckyNight, studentsPerGroup, botStrategy: s.value });
  }
  for (const n of [3, 5, 7]) {
    for (const adversary of ["none", "random", "stubborn"] as const) {
      for (let k = 1; k <= n; k++) out.push({ ...DEFAULT_CHOICES, scenario: "consensus", n, adversary, studentsPerGroup: k, botStrategy: "protocol" });
    }
  }
  return out;
}

describe("customRound", () => {
  it.each(combos().map((c) => [`${c.scenario} ${JSON.stringify(c)}`, c] as const))("%s", (_name, choices) => {
    const round = customRound(choices);
    const payload = startRoundSchema.parse({ ...auth, ...round });
    const scenario = scenarioById(payload.scenario)!;
    const params = scenario.paramsSchema.parse(payload.params);
    const seats: string[] = scenario.seats(params);
    expect(payload.studentSeats?.every((s) => seats.includes(s))).toBe(true);
    expect(payload.studentSeats).toHaveLength(Math.min(choices.studentsPerGroup, playerSeats(choices).length));
    for (const [seat, strategy] of Object.entries(payload.bots ?? {})) {
      expect(seats).toContain(seat);
      expect(scenario.strategies(seat)).toContain(strategy);
    }
  });

  it("says how students are grouped", () => {
    expect(groupingSentence(3, 2)).toBe("3 students → 2 groups of 2; bots take 1 empty seat");
    expect(groupingSentence(4, 2)).toBe("4 students → 2 groups of 2");
    expect(groupingSentence(2, 1)).toBe("2 students: each student alone with bots (2 games)");
    expect(groupingSentence(0, 2)).toBe("No student has joined yet.");
  });
});
