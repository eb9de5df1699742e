/** Falcon's class rows: the groups by kept timeout, the reference detectors averaged, the groups by poison. */
import { describe, expect, it } from "vitest";
import type { DetectorResult, FalconClassDetail } from "@/server/engine/falcon/classes";
import type { Poison } from "@/server/engine/falcon/scoring";
import type { GameMetrics } from "@/server/protocol/classroom";
import { classOfPoisons, detailOf, detectionWords, groupRows, groupsByPoison, meanWords, referenceRows, seconds } from "./classRows";

const result = (over: Partial<DetectorResult> = {}): DetectorResult => ({ meanDetectionMs: 1_000, missed: 0, falseSuspicions: 0, unnecessaryKills: 0, spyCost: 0, poisons: [], ...over });

const REFERENCE = (falconCost: number, longMs: number): FalconClassDetail["reference"] => [
  { detector: "falcon", result: result({ meanDetectionMs: 1_200, spyCost: falconCost }) },
  { detector: "timeout-short", result: result({ meanDetectionMs: 900, falseSuspicions: 2, poisons: ["lost accuracy"] }) },
  { detector: "timeout-long", result: result({ meanDetectionMs: longMs, poisons: ["slow detection"] }) },
];

function game(timeoutMs: number, poisons: Poison[] = [], over: Partial<DetectorResult> = {}, reference = REFERENCE(30, 8_000)): GameMetrics {
  const detail: FalconClassDetail = { ...result({ poisons, ...over }), timeoutMs, timeouts: 1, reference };
  return { outcome: "clean", success: poisons.length === 0, unsafe: false, messages: 0, depth: null, roundsToDecide: null, verdictOk: null, strategies: {}, botFinished: false, detail };
}

describe("Falcon's class rows", () => {
  it("reads a Falcon detail, and nothing from another scenario's game", () => {
    expect(detailOf(game(2_000))?.timeoutMs).toBe(2_000);
    expect(detailOf({ ...game(2_000), detail: undefined })).toBeNull();
    expect(detailOf({ ...game(2_000), detail: { something: 1 } })).toBeNull();
  });

  it("lists the groups shortest timeout first, with their own figures and the class of their worst poison", () => {
    const rows = groupRows([game(8_000, ["slow detection"]), game(500, ["lost accuracy", "intrusive"], { falseSuspicions: 3 }), game(2_000)], [1, 2, 3]);
    expect(rows.map((r) => [r.label, r.timeoutMs, r.cls])).toEqual([
      ["Group 2", 500, "unsafe"],
      ["Group 3", 2_000, "success"],
      ["Group 1", 8_000, "neither"],
    ]);
    expect(rows[0].result).toEqual(result({ poisons: ["lost accuracy", "intrusive"], falseSuspicions: 3 }));
    expect(rows.every((r) => !r.reference)).toBe(true);
  });

  it("averages each reference detector over the games, keeping the poisons it picked in at least half", () => {
    const refs = referenceRows([game(500, [], {}, REFERENCE(20, 8_000)), game(2_000, [], {}, REFERENCE(40, 9_000))]);
    expect(refs.map((r) => [r.label, r.timeoutMs, r.result.meanDetectionMs, r.result.spyCost, r.result.poisons, r.cls])).toEqual([
      ["Falcon's spies", null, 1_200, 30, [], "success"],
      ["Timeout 1 s", 1_000, 900, 0, ["lost accuracy"], "unsafe"],
      ["Timeout 8 s", 8_000, 8_500, 0, ["slow detection"], "neither"],
    ]);
    const clean = REFERENCE(20, 8_000).map((r) => (r.detector === "timeout-long" ? { ...r, result: result() } : r));
    const split = referenceRows([game(500, [], {}, clean), game(500, [], {}, clean), game(500)]);
    expect(split.find((r) => r.label === "Timeout 8 s")?.result.poisons).toEqual([]);
    expect(referenceRows([{ ...game(500), detail: undefined }])).toEqual([]);
  });

  it("sorts the groups under the poisons they picked, a group under each of its poisons", () => {
    const games = [
      { group: 1, gameId: "g1", seats: [{ seat: "operator", name: "Ada", kind: "student" }], metrics: game(8_000, ["slow detection"]) },
      { group: 2, gameId: "g2", seats: [{ seat: "operator", name: "falcon", kind: "bot" }], metrics: game(800) },
      { group: 3, gameId: "g3", seats: [{ seat: "operator", name: "Bo", kind: "student" }], metrics: game(500, ["lost accuracy", "intrusive"]) },
      { group: 4, gameId: "g4", seats: [], metrics: null },
    ];
    const by = groupsByPoison(games);
    expect(by["lost accuracy"].map((g) => g.group)).toEqual([3]);
    expect(by.intrusive.map((g) => g.operator)).toEqual(["Bo"]);
    expect(by["slow detection"].map((g) => g.group)).toEqual([1]);
    expect(by.clean.map((g) => g.operator)).toEqual(["falcon (bot)"]);
  });

  it("says seconds briefly and classes poisons as the chart marks them", () => {
    expect([seconds(500), seconds(2_000), seconds(1_250), seconds(12_400)]).toEqual(["0.5 s", "2 s", "1.3 s", "12 s"]);
    expect([detectionWords({ meanDetectionMs: 1_250, missed: 0 }), detectionWords({ meanDetectionMs: 8_200, missed: 1 }), detectionWords({ meanDetectionMs: null, missed: 2 }), detectionWords({ meanDetectionMs: null, missed: 0 })]).toEqual(["1.3 s", "8.2 s, 1 missed", "2 missed", "–"]);
    expect([meanWords({ meanDetectionMs: 1_250, missed: 0 }), meanWords({ meanDetectionMs: null, missed: 1 })]).toEqual(["mean 1.3 s", "1 missed"]);
    expect([classOfPoisons([]), classOfPoisons(["slow detection"]), classOfPoisons(["slow detection", "intrusive"])]).toEqual(["success", "neither", "unsafe"]);
  });
});
