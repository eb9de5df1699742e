/** The Two Generals' custom round: the request the host's form sends, and one the server accepts for every choice. */
import { describe, expect, it } from "vitest";
import { DEFAULT_CHOICES, pickScenario, setFields } from "@/app/class/[sessionId]/host/customRound";
import { acceptedRound } from "../classroom.testing";
import { classroom, type GeneralsRoundChoices } from "./classroom";

const choices = (fields: GeneralsRoundChoices, studentsPerGroup = 2) => ({ ...setFields(pickScenario(DEFAULT_CHOICES, "generals"), fields), studentsPerGroup });

describe("the generals' custom round", () => {
  it("sends a foggy valley, or a reading Enemy bot, with the dawn", () => {
    expect(acceptedRound(choices({ valley: 0.2, dawnTick: 30 }, 1))).toEqual({
      scenario: "generals", params: { enemy: "none", captureProbability: 0.2, dawnTick: 30 }, studentSeats: ["A"], bots: { A: "acknowledged", B: "acknowledged" }, tickMs: 1000,
    });
    expect(acceptedRound(choices({ valley: "enemy", dawnTick: 12 }))).toEqual({
      scenario: "generals", params: { enemy: "bot", captureProbability: 0, dawnTick: 12 }, studentSeats: ["A", "B"], bots: { A: "acknowledged", B: "acknowledged", enemy: "adversarial" }, tickMs: 1000,
    });
  });

  it.each([0.1, 0.5, "enemy"] as const)("valley %s: every bot strategy and group size is accepted", (valley) => {
    for (const s of classroom.customRound.botStrategies) for (const k of [1, 2]) acceptedRound({ ...choices({ valley, dawnTick: 20 }, k), botStrategy: s.value });
  });
});
