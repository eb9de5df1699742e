/** FLP's custom round: the request the host's form sends, and one the server accepts for every choice. */
import { describe, expect, it } from "vitest";
import { DEFAULT_CHOICES, pickScenario, setFields } from "@/app/class/[sessionId]/host/customRound";
import { FLP_PROTOCOL_IDS } from "@/server/engine/flp/terms";
import type { GameMetrics } from "@/server/protocol/classroom";
import { acceptedRound } from "../classroom.testing";
import { classroom, type FlpRoundChoices } from "./classroom";
import { bivalentByScheduler } from "./ClassPieces";

const base: FlpRoundChoices = { mode: "scheduler", protocol: "majority-lock", target: 25, bound: 6, crash: true };
const choices = (fields: Partial<FlpRoundChoices>) => ({ ...setFields(pickScenario(DEFAULT_CHOICES, "flp"), { ...base, ...fields }), studentsPerGroup: 1 });

describe("FLP's custom round", () => {
  it("sends the scheduler's game with its target, bound and crash, the processes running the protocol", () => {
    expect(acceptedRound(choices({ protocol: "wait-n-minus-1", target: 40, bound: 4, crash: false }))).toEqual({
      scenario: "flp",
      params: { mode: "scheduler", protocol: "wait-n-minus-1", target: 40, bound: 4, crash: false },
      studentSeats: ["adversary"],
      bots: { adversary: "proof", p1: "protocol", p2: "protocol", p3: "protocol" },
      tickMs: 1000,
    });
  });

  it("sends the puzzle with its protocol only, and no process bots (the puzzle has only the adversary's seat)", () => {
    expect(acceptedRound(choices({ mode: "puzzle", protocol: "wait-all" }))).toEqual({ scenario: "flp", params: { mode: "puzzle", protocol: "wait-all" }, studentSeats: ["adversary"], bots: { adversary: "proof" }, tickMs: 1000 });
  });

  it.each(["scheduler", "puzzle"] as const)("%s: every protocol and bot strategy is accepted", (mode) => {
    for (const protocol of FLP_PROTOCOL_IDS) for (const s of classroom.customRound.botStrategies) acceptedRound({ ...choices({ mode, protocol }), botStrategy: s.value });
  });
});

describe("FLP's class figures", () => {
  const m = (depth: number | null, strategies: Record<string, string> = {}): GameMetrics => ({ outcome: "forced", success: false, unsafe: false, messages: 4, depth, roundsToDecide: null, verdictOk: true, strategies, botFinished: false });

  it("reads the bivalent steps (GameMetrics.depth)", () => {
    expect(classroom.figure.of(m(7))).toBe(7);
    expect(classroom.figure.of(m(null))).toBeNull();
  });

  it("charts students and bot schedulers apart, leaving out games with no bivalent figure", () => {
    const rows = bivalentByScheduler([m(4), m(10), m(25, { adversary: "proof", p1: "protocol" }), m(null), m(null, { adversary: "proof" })]);
    expect(rows).toEqual([
      { scheduler: "students", games: 2, mean: 7, longest: 10 },
      { scheduler: "bot: proof", games: 1, mean: 25, longest: 25 },
    ]);
  });
});
