/** The valency strip: a cell per configuration with its letter and words, crashes marked, the moment ringed, the future left blank. */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ValencyStrip } from "./ValencyStrip";

const render = (props: Parameters<typeof ValencyStrip>[0]) => renderToStaticMarkup(createElement(ValencyStrip, props));
const cells = (html: string) => [...html.matchAll(/<li\b[\s\S]*?<\/li>/g)].map((m) => m[0]);

describe("the valency strip", () => {
  it("has one cell per configuration, each with its valency in words, not colour alone", () => {
    const html = render({ valencies: ["bivalent", "bivalent", "0", "unknown"] });
    const li = cells(html);
    expect(li).toHaveLength(4);
    expect(li[0]).toContain("the start: bivalent");
    expect(li[1]).toContain("after step 1: bivalent");
    expect(li[2]).toContain("after step 2: 0-valent");
    expect(li[3]).toContain("after step 3: unknown");
    expect(html).toContain('aria-label="Valency after each step"');
  });

  it("marks the crashes, rings the moment and leaves the cells after upTo blank", () => {
    const li = cells(render({ valencies: ["bivalent", "bivalent", "bivalent", "1"], crashes: [1, 3], at: 1, upTo: 1 }));
    expect(li[1]).toContain("a process crashed");
    expect(li[1]).toContain('aria-current="step"');
    expect(li.filter((c) => c.includes("aria-current"))).toHaveLength(1);
    // Nothing after the moment tells what comes: not the 1-valent end, not the crash at step 3.
    expect(li[2]).toContain("after step 2: not yet");
    expect(li[3]).toContain("after step 3: not yet");
    expect(li[3]).not.toMatch(/1-valent|crashed/);
    expect(li[3]).not.toContain("data-valency");
  });

  it("says which process took each step, and heads the game's strip with the steps taken of the target", () => {
    const html = render({ valencies: ["bivalent", "bivalent", "0"], notes: [undefined, "p1 took λ", "p2"], title: "The run so far", target: 15 });
    const li = cells(html);
    expect(li[0]).toContain('data-valency="bivalent"');
    expect(li[1]).toContain("after step 1: bivalent (p1 took λ)");
    expect(li[2]).toContain("after step 2: 0-valent (p2)");
    expect(html).toContain('aria-label="The run so far"');
    expect(html).toContain("2 steps of 15");
  });
});
