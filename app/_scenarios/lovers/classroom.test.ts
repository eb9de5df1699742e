/** The Lovers' custom round: the request the host's form sends, and one the server accepts for every choice. */
import { describe, expect, it } from "vitest";
import { DEFAULT_CHOICES, pickScenario, setFields } from "@/app/class/[sessionId]/host/customRound";
import { acceptedRound } from "../classroom.testing";
import { classroom, type LoversRoundChoices } from "./classroom";

const choices = (fields: LoversRoundChoices, studentsPerGroup = 2) => ({ ...setFields(pickScenario(DEFAULT_CHOICES, "lovers"), fields), studentsPerGroup });

describe("the lovers' custom round", () => {
  it("sends the announced loss and the lucky night", () => {
    expect(acceptedRound(choices({ loss: 0.5, luckyNight: true }, 1))).toEqual({
      scenario: "lovers", params: { lossProbability: 0.5, luckyNight: true }, studentSeats: ["alice"], bots: { alice: "acknowledged", bob: "acknowledged" }, tickMs: 1000,
    });
  });

  it.each([false, true])("lucky night %s: every bot strategy and group size is accepted", (luckyNight) => {
    for (const s of classroom.customRound.botStrategies) for (const k of [1, 2]) acceptedRound({ ...choices({ loss: 0.1, luckyNight }, k), botStrategy: s.value });
  });
});
