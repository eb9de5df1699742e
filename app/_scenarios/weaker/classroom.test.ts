/** Weaker agreement's custom round: the request the host's form sends, and one the server accepts for every choice. */
import { describe, expect, it } from "vitest";
import { DEFAULT_CHOICES, pickScenario, setFields } from "@/app/class/[sessionId]/host/customRound";
import { acceptedRound } from "../classroom.testing";
import { classroom, WEAKER_ROUND_SETTINGS, type WeakerRoundChoices } from "./classroom";

const choices = (fields: WeakerRoundChoices) => ({ ...setFields(pickScenario(DEFAULT_CHOICES, "weaker"), fields), studentsPerGroup: 1 });

describe("weaker agreement's custom round", () => {
  it("seats a student as the adversary of n bot processes", () => {
    expect(acceptedRound(choices({ setting: "kset-two" }))).toEqual({
      scenario: "weaker",
      params: { problem: "kset", n: 4, k: 2, f: 1, maxTicks: 300 },
      studentSeats: ["adversary"],
      bots: { p1: "protocol", p2: "protocol", p3: "protocol", p4: "protocol", adversary: "blocker" },
      tickMs: 1000,
    });
    expect(acceptedRound(choices({ setting: "epsilon" })).params).toMatchObject({ problem: "epsilon", n: 3, epsilon: 10 });
  });

  it.each(Object.keys(WEAKER_ROUND_SETTINGS) as WeakerRoundChoices["setting"][])("%s: every adversary bot is accepted", (setting) => {
    for (const s of classroom.customRound.botStrategies) acceptedRound({ ...choices({ setting }), botStrategy: s.value });
  });
});
