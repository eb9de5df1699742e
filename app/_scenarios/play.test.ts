import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
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

  it("gives every scenario its own introduction and game screen", () => {
    expect(new Set(SCENARIO_UI_LIST.map((ui) => ui.play.Intro)).size).toBe(SCENARIO_UI_LIST.length);
    expect(new Set(SCENARIO_UI_LIST.map((ui) => ui.play.Game)).size).toBe(SCENARIO_UI_LIST.length);
  });
});
