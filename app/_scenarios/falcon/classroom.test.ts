/** Falcon's custom round: the request the host's form sends, and one the server accepts for every choice. */
import { describe, expect, it } from "vitest";
import { DEFAULT_CHOICES, pickScenario, setFields } from "@/app/class/[sessionId]/host/customRound";
import { CLASS_FAULT_SEED } from "@/server/engine/falcon/classPresets";
import { acceptedRound } from "../classroom.testing";
import { classroom, CUSTOM_FAULT_SEED, type FalconRoundChoices } from "./classroom";

const choices = (fields: FalconRoundChoices) => ({ ...setFields(pickScenario(DEFAULT_CHOICES, "falcon"), fields), studentsPerGroup: 1 });

describe("Falcon's custom round", () => {
  it("seats a student as the operator against a chaos bot, every group on the same fault timeline", () => {
    expect(acceptedRound(choices({ lengthMs: 60_000, timeoutMs: 2_000 }))).toEqual({
      scenario: "falcon",
      params: { lengthMs: 60_000, timeoutMs: 2_000, faultSeed: CUSTOM_FAULT_SEED },
      studentSeats: ["operator"],
      bots: { operator: "falcon", chaos: "random" },
      tickMs: 100,
    });
  });

  it("meets the preset's faults, and runs near real time by default", () => {
    expect(CUSTOM_FAULT_SEED).toBe(CLASS_FAULT_SEED);
    expect(classroom.paces?.defaultMs).toBe(100);
  });

  it("every operator bot is accepted, at every length", () => {
    for (const lengthMs of [30_000, 120_000]) for (const s of classroom.customRound.botStrategies) acceptedRound({ ...choices({ lengthMs, timeoutMs: 8_000 }), botStrategy: s.value });
  });
});
