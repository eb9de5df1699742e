/** Consensus' custom round: the request the host's form sends, and one the server accepts for every choice. */
import { describe, expect, it } from "vitest";
import { DEFAULT_CHOICES, pickScenario, setFields } from "@/app/class/[sessionId]/host/customRound";
import { acceptedRound } from "../classroom.testing";
import type { ConsensusRoundChoices } from "./classroom";

const base: ConsensusRoundChoices = { n: 5, detector: "ES", gst: 15, adversary: "none" };
const choices = (fields: Partial<ConsensusRoundChoices>, studentsPerGroup = 5) => ({ ...setFields(pickScenario(DEFAULT_CHOICES, "consensus"), { ...base, ...fields }), studentsPerGroup });

describe("consensus' custom round", () => {
  it("sends n processes, f = 1 once a majority survives a crash, and the adversary as a bot", () => {
    expect(acceptedRound(choices({ n: 3, detector: "P", gst: 0, adversary: "stubborn" }, 2))).toEqual({
      scenario: "consensus", params: { n: 3, detector: "P", gst: 0, f: 1, adversary: "bot" }, studentSeats: ["p1", "p2"], bots: { p1: "protocol", p2: "protocol", p3: "protocol", adversary: "stubborn" }, tickMs: 1000,
    });
    expect(acceptedRound(choices({ n: 4 })).params).toEqual({ n: 4, detector: "ES", gst: 15, f: 1, adversary: "none" });
  });

  it("never seats more students than processes, even after the host shrinks the run", () => {
    const shrunk = setFields({ ...pickScenario(DEFAULT_CHOICES, "consensus"), studentsPerGroup: 5 }, { ...base, n: 3 });
    expect(shrunk.studentsPerGroup).toBe(3);
    expect(acceptedRound(shrunk).studentSeats).toEqual(["p1", "p2", "p3"]);
  });

  it.each([3, 5, 7])("n = %i: every adversary and group size is accepted", (n) => {
    for (const adversary of ["none", "random", "stubborn"] as const) for (let k = 1; k <= n; k++) for (const botStrategy of ["protocol", "contrarian"]) acceptedRound({ ...choices({ n, adversary }, k), botStrategy });
  });
});
