/** The lens's pieces as the server renders them (before the browser's choice is read): off, and a real switch. */
import { describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { CORRESPONDENCES } from "@/server/engine/consensus/lens";
import { CheckerNote } from "./ClassPieces";
import { Correspondences, LensSwitch } from "./lens";

describe("the Paxos words switch", () => {
  it("is a labelled switch that says whether it is on", () => {
    const off = renderToStaticMarkup(createElement(LensSwitch, { lens: "lecture", onChange: () => undefined }));
    expect(off).toMatch(/role="switch"/);
    expect(off).toMatch(/aria-checked="false"/);
    expect(off).toMatch(/Paxos words/);
    expect(renderToStaticMarkup(createElement(LensSwitch, { lens: "paxos", onChange: () => undefined }))).toMatch(/aria-checked="true"/);
  });

  it("lists every correspondence with its sentence", () => {
    const html = renderToStaticMarkup(createElement(Correspondences, { open: true }));
    for (const c of CORRESPONDENCES) expect(html).toContain(c.sentence.replace(/'/g, "&#x27;"));
  });

  it("the class debrief offers the round again in Paxos words", () => {
    const html = renderToStaticMarkup(createElement(CheckerNote, { finished: [] }));
    expect(html).toContain("The same round, read as Paxos");
    expect(html).toMatch(/role="switch"/);
  });
});
