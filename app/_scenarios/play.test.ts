import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { scenarioById } from "@/server/engine/scenarios";
import { SCENARIO_UI_LIST } from "./registry";

describe("each scenario's play part", () => {
  for (const ui of SCENARIO_UI_LIST) {
    it(`${ui.id}: an introduction with its own heading, and start forms that each have a heading and a button`, () => {
      const intro = renderToStaticMarkup(createElement(ui.play.Intro));
      expect(intro).toMatch(/<h1[^>]*>[^<]+<\/h1>/);
      expect(ui.play.startForms.length).toBeGreaterThan(0);
      const headings = ui.play.startForms.map((Form) => {
        const html = renderToStaticMarkup(createElement(Form, { busy: false, onStart: () => {} }));
        expect(html).toMatch(/<button/);
        return /<h2[^>]*>([^<]+)<\/h2>/.exec(html)?.[1];
      });
      // The e2e specs find a form by its heading: every heading there, and no two alike.
      expect(headings.every(Boolean)).toBe(true);
      expect(new Set(headings).size).toBe(headings.length);
      expect(typeof ui.play.Game).toBe("function");
    });
  }

  for (const ui of SCENARIO_UI_LIST) {
    it(`${ui.id}: a briefing for every seat of a default game, and for a student not seated (seat null), from the announced params`, () => {
      const scenario = scenarioById(ui.id)!;
      const params = scenario.paramsSchema.parse({});
      const seats: (string | null)[] = [...(scenario.seats(params) as string[]), null];
      const roles = seats.map((seat) => {
        const announced = scenario.disclosure.announcedParams(params, seat as never);
        const html = renderToStaticMarkup(createElement(ui.play.Briefing, { seat, params: announced }));
        expect(html).toMatch(/data-testid="briefing"/);
        // A picture with words for screen readers, and "You are…" / "You will be…" as its heading.
        expect(html).toMatch(/role="img"[^>]*aria-label="[^"]+"|aria-label="[^"]+"[^>]*role="img"/);
        const role = /<h2[^>]*>([^<]+)<\/h2>/.exec(html)?.[1] ?? "";
        expect(role).toMatch(/^You (are|will be)/);
        return role;
      });
      // Each seat is told who it is: no two seats get the same heading.
      expect(new Set(roles).size).toBe(roles.length);
      // Missing params (an older server) do not break it.
      expect(() => renderToStaticMarkup(createElement(ui.play.Briefing, { seat: seats[0], params: {} }))).not.toThrow();
    });
  }

  it("gives every scenario its own introduction and game screen", () => {
    expect(new Set(SCENARIO_UI_LIST.map((ui) => ui.play.Intro)).size).toBe(SCENARIO_UI_LIST.length);
    expect(new Set(SCENARIO_UI_LIST.map((ui) => ui.play.Game)).size).toBe(SCENARIO_UI_LIST.length);
  });
});
