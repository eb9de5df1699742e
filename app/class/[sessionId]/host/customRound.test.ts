/** Every round the host's own form can build is one the server accepts; switching scenarios keeps what the host set. */
import { describe, expect, it } from "vitest";
import { SCENARIO_IDS } from "@/server/engine/scenarios";
import { acceptedRound } from "@/app/_scenarios/classroom.testing";
import { botStrategies, customRoundOf, DEFAULT_CHOICES, fieldsOf, groupingSentence, pickScenario, playerSeats, setFields, type CustomChoices } from "./customRound";

/** Each registered scenario at its defaults, with every number of students and every bot strategy. */
function combos(): CustomChoices[] {
  const out: CustomChoices[] = [];
  for (const id of SCENARIO_IDS) {
    const picked = pickScenario(DEFAULT_CHOICES, id);
    for (let k = 1; k <= playerSeats(picked).length; k++) for (const s of botStrategies(id)) out.push({ ...picked, studentsPerGroup: k, botStrategy: s.value });
  }
  return out;
}

describe("customRound", () => {
  it.each(combos().map((c) => [`${c.scenario} ${JSON.stringify(c)}`, c] as const))("%s", (_name, choices) => {
    const round = acceptedRound(choices);
    expect(round.scenario).toBe(choices.scenario);
    expect(round.tickMs).toBe(choices.tickMs);
  });

  it("starts on the first scenario, every seat a student, bots playing its default", () => {
    const part = customRoundOf(SCENARIO_IDS[0]);
    expect(DEFAULT_CHOICES).toEqual({ scenario: SCENARIO_IDS[0], fields: {}, studentsPerGroup: part.seats(part.defaults).length, botStrategy: part.defaultBot, tickMs: 1000 });
    expect(part.botStrategies.map((s) => s.value)).toContain(part.defaultBot);
  });

  it("keeps each scenario's fields while the host switches back and forth, and the pace", () => {
    const [first, second] = SCENARIO_IDS;
    const changed = { ...setFields({ ...DEFAULT_CHOICES, tickMs: 500 }, { ...(customRoundOf(first).defaults as object), marker: 1 }) };
    const away = pickScenario(changed, second);
    expect(fieldsOf(away)).toEqual(customRoundOf(second).defaults);
    expect(away.botStrategy).toBe(customRoundOf(second).defaultBot);
    const back = pickScenario(away, first);
    expect(fieldsOf(back)).toMatchObject({ marker: 1 });
    expect(back.tickMs).toBe(500);
  });

  it("switches to a scenario's own pace when it does not offer the current one, and back to the usual default", () => {
    const falcon = pickScenario({ ...DEFAULT_CHOICES, tickMs: 500 }, "falcon");
    expect(falcon.tickMs).toBe(100);
    expect(acceptedRound(falcon).tickMs).toBe(100);
    expect(pickScenario({ ...falcon, tickMs: 200 }, "falcon").tickMs).toBe(200);
    expect(pickScenario(falcon, SCENARIO_IDS[0]).tickMs).toBe(1000);
  });

  it("says how students are grouped", () => {
    expect(groupingSentence(3, 2)).toBe("3 students → 2 groups of 2; bots take 1 empty seat");
    expect(groupingSentence(4, 2)).toBe("4 students → 2 groups of 2");
    expect(groupingSentence(2, 1)).toBe("2 students: each student alone with bots (2 games)");
    expect(groupingSentence(0, 2)).toBe("No student has joined yet.");
    // Larger games are balanced, and the sentence says so.
    expect(groupingSentence(6, 5)).toBe("6 students → 2 groups of 5 (3 students each); bots take 4 empty seats");
    expect(groupingSentence(7, 5)).toBe("7 students → 2 groups of 5 (4 or 3 students each); bots take 3 empty seats");
    expect(groupingSentence(3, 5)).toBe("3 students → 1 group of 5; bots take 2 empty seats");
    expect(groupingSentence(10, 5)).toBe("10 students → 2 groups of 5");
  });
});
