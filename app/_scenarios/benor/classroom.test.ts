/** Ben-Or's custom round: the request the host's form sends, and one the server accepts for every choice. */
import { describe, expect, it } from "vitest";
import { DEFAULT_CHOICES, pickScenario, setFields } from "@/app/class/[sessionId]/host/customRound";
import { acceptedRound } from "../classroom.testing";
import { classroom, type BenorRoundChoices } from "./classroom";

const choices = (fields: BenorRoundChoices) => ({ ...setFields(pickScenario(DEFAULT_CHOICES, "benor"), fields), studentsPerGroup: 1 });

describe("Ben-Or's custom round", () => {
  it("seats a student as the adversary of n bot processes, one crash allowed", () => {
    expect(acceptedRound(choices({ n: 3 }))).toEqual({
      scenario: "benor", params: { n: 3, f: 1, maxTicks: 300 }, studentSeats: ["adversary"], bots: { p1: "protocol", p2: "protocol", p3: "protocol", adversary: "splitter" }, tickMs: 1000,
    });
    expect(acceptedRound(choices({ n: 5 })).bots).toMatchObject({ p4: "protocol", p5: "protocol" });
  });

  it.each([3, 5] as const)("n = %i: every adversary bot is accepted", (n) => {
    for (const s of classroom.customRound.botStrategies) acceptedRound({ ...choices({ n }), botStrategy: s.value });
  });
});
