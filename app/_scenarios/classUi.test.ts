/** Every scenario's classroom part agrees with its engine: the seats it offers students are the engine's player seats. */
import { describe, expect, it } from "vitest";
import { defaultStudentSeats } from "@/server/classroom/presets";
import { scenarioById } from "@/server/engine/scenarios";
import { classOutcomeWords, showsMessages } from "./classUi";
import { scenarioUi, SCENARIO_UI_LIST } from "./registry";

describe.each(SCENARIO_UI_LIST.map((ui) => [ui.id, ui] as const))("%s's classroom part", (id, ui) => {
  const part = ui.classroom.customRound;
  const engine = scenarioById(id)!;

  it("offers students the engine's player seats, in order, for the round it asks for", () => {
    const { params } = part.toSpec(part.defaults);
    const seats: string[] = engine.seats(engine.paramsSchema.parse(params));
    expect(part.seats(part.defaults)).toEqual(defaultStudentSeats(id, seats));
  });

  it("lets bots play only strategies the engine's players have, the default among them", () => {
    const player = part.seats(part.defaults)[0];
    for (const s of part.botStrategies) expect(engine.strategies(player)).toContain(s.value);
    expect(part.botStrategies.map((s) => s.value)).toContain(part.defaultBot);
  });

  it("names each chart class differently", () => {
    expect(new Set(Object.values(ui.classroom.outcomeWords)).size).toBe(3);
  });
});

describe("showsMessages", () => {
  it("keeps the messages figures unless a scenario's seats send none (Falcon), and for a scenario the registry does not know", () => {
    const hidden = SCENARIO_UI_LIST.filter((ui) => !showsMessages(ui.classroom)).map((ui) => ui.id);
    expect(hidden).toEqual(["falcon"]);
    expect(showsMessages(undefined)).toBe(true);
  });
});

describe("classOutcomeWords", () => {
  it("tells a class round's charts in its skin through the registry, each class differently", () => {
    const generals = scenarioUi("generals")?.classroom;
    const gangs = classOutcomeWords(generals, "gangsters")!;
    expect(gangs).toEqual({ success: "Pulled the job together", neither: "Both laid low", unsafe: "Lone job" });
    expect(new Set(Object.values(gangs)).size).toBe(3);
    expect(classOutcomeWords(generals, undefined)).toEqual({ success: "Attacked together", neither: "Both held", unsafe: "Lone attack" });
  });

  it("keeps a scenario's own words when it has no telling for the skin, and none for a scenario the registry does not know", () => {
    const lovers = scenarioUi("lovers")?.classroom;
    expect(classOutcomeWords(lovers, "gangsters")).toEqual(lovers?.outcomeWords);
    expect(classOutcomeWords(undefined, "gangsters")).toBeUndefined();
  });
});
