import { describe, expect, it } from "vitest";
import { SCENARIO_IDS, SCENARIOS } from "@/server/engine/scenarios";
import { SCENARIO_UI_LIST, scenarioUi } from "./registry";

describe("the UI registry", () => {
  it("has one entry per engine scenario, in the engine's order, each under its own id", () => {
    expect(SCENARIO_UI_LIST.map((ui) => ui.id)).toEqual(SCENARIO_IDS);
    for (const id of SCENARIO_IDS) {
      expect(scenarioUi(id)?.id).toBe(id);
      expect(scenarioUi(id)?.title).toBe(SCENARIOS[id].words.shortTitle);
    }
  });

  it("knows no other id, not even an inherited property name", () => {
    expect(scenarioUi("chess")).toBeUndefined();
    expect(scenarioUi("toString")).toBeUndefined();
  });
});
