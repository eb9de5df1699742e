import { createElement, type ReactElement } from "react";
import { prerenderToNodeStream } from "react-dom/static";
import { describe, expect, it } from "vitest";
import { scenarioById } from "@/server/engine/scenarios";
import { SCENARIO_UI_LIST } from "./registry";

/** The HTML of an element once every lazily loaded part has arrived (the parts load when shown: lazyPart). */
async function renderToHtml(element: ReactElement): Promise<string> {
  const { prelude } = await prerenderToNodeStream(element);
  let html = "";
  for await (const chunk of prelude) html += String(chunk);
  return html;
}

describe("each scenario's play part", () => {
  for (const ui of SCENARIO_UI_LIST) {
    it(`${ui.id}: an introduction with its own heading, and start forms that each have a heading and a button`, async () => {
      const intro = await renderToHtml(createElement(ui.play.Intro));
      expect(intro).toMatch(/<h1[^>]*>[^<]+<\/h1>/);
      expect(ui.play.startForms.length).toBeGreaterThan(0);
      const headings = await Promise.all(
        ui.play.startForms.map(async (Form) => {
          const html = await renderToHtml(createElement(Form, { busy: false, onStart: () => {} }));
          expect(html).toMatch(/<button/);
          return /<h2[^>]*>([^<]+)<\/h2>/.exec(html)?.[1];
        }),
      );
      // The e2e specs find a form by its heading: every heading there, and no two alike.
      expect(headings.every(Boolean)).toBe(true);
      expect(new Set(headings).size).toBe(headings.length);
      expect(typeof ui.play.Game).toBe("function");
    });
  }

  for (const ui of SCENARIO_UI_LIST) {
    it(`${ui.id}: a briefing for every seat of a default game, and for a student not seated (seat null), from the announced params`, async () => {
      const scenario = scenarioById(ui.id)!;
      const params = scenario.paramsSchema.parse({});
      const seats: (string | null)[] = [...(scenario.seats(params) as string[]), null];
      const roles = await Promise.all(seats.map(async (seat) => {
        const announced = scenario.disclosure.announcedParams(params, seat as never);
        const html = await renderToHtml(createElement(ui.play.Briefing, { seat, params: announced }));
        expect(html).toMatch(/data-testid="briefing"/);
        // A picture with words for screen readers, and "You are…" / "You will be…" as its heading.
        expect(html).toMatch(/role="img"[^>]*aria-label="[^"]+"|aria-label="[^"]+"[^>]*role="img"/);
        const role = /<h2[^>]*>([^<]+)<\/h2>/.exec(html)?.[1] ?? "";
        expect(role).toMatch(/^You (are|will be)/);
        return role;
      }));
      // Each seat is told who it is: no two seats get the same heading.
      expect(new Set(roles).size).toBe(roles.length);
      // Missing params (an older server) do not break it.
      await expect(renderToHtml(createElement(ui.play.Briefing, { seat: seats[0], params: {} }))).resolves.toMatch(/data-testid="briefing"/);
    });
  }

  it("gives every scenario its own introduction and game screen", () => {
    expect(new Set(SCENARIO_UI_LIST.map((ui) => ui.play.Intro)).size).toBe(SCENARIO_UI_LIST.length);
    expect(new Set(SCENARIO_UI_LIST.map((ui) => ui.play.Game)).size).toBe(SCENARIO_UI_LIST.length);
  });
});
