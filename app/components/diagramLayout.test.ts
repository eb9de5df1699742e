import { describe, expect, it } from "vitest";
import { axisLabel, clockLabel } from "./clock";
import { diagramLayout, spacedLabels, VERTICAL_BELOW } from "./diagramLayout";

/** Every corner of the drawing's content: each party at the start and at the end. */
function corners(layout: ReturnType<typeof diagramLayout>, parties: number, endTick: number) {
  return Array.from({ length: parties }, (_, p) => [layout.point(0, p), layout.point(endTick, p)]).flat();
}

describe("the space-time diagram's layout", () => {
  for (const [endTick, parties] of [[20, 2], [12, 2], [48, 5], [60, 7]]) {
    it(`fits a 366 px phone box, time running down: ${endTick} ticks, ${parties} parties`, () => {
      for (const compact of [false, true]) {
        const layout = diagramLayout({ width: 366, endTick, parties, compact });
        expect(layout.orientation).toBe("vertical");
        expect(layout.width).toBe(366); // drawn at 1:1: text keeps its size
        for (const [x, y] of corners(layout, parties, endTick)) {
          expect(x).toBeGreaterThan(layout.gutter);
          expect(x).toBeLessThan(366);
          expect(y).toBeGreaterThan(0);
          expect(y).toBeLessThan(layout.height);
        }
        // The end (dawn, midnight) is on the axis, and labels do not crowd.
        expect(layout.ticks.at(-1)! + (layout.ticks[1] - layout.ticks[0])).toBeGreaterThan(endTick);
        expect((layout.ticks[1] - layout.ticks[0]) * layout.unit).toBeGreaterThanOrEqual(28);
        expect(layout.tickAt(0, layout.point(7, 0)[1] + 1)).toBe(7);
        expect(layout.tickAt(0, layout.height + 500)).toBe(endTick);
      }
    });
  }

  it("on a phone, packs a long game's ticks closer (a minute of Falcon's 100 ms ticks), labels still apart", () => {
    const short = diagramLayout({ width: 366, endTick: 60, parties: 2, compact: false });
    expect(short.unit).toBe(14);
    for (const endTick of [300, 600, 1200]) {
      const layout = diagramLayout({ width: 366, endTick, parties: 2, compact: false });
      expect(layout.height).toBeLessThanOrEqual(Math.max(1_400, endTick * 3) + 80);
      expect(layout.unit).toBeGreaterThanOrEqual(3);
      expect((layout.ticks[1] - layout.ticks[0]) * layout.unit).toBeGreaterThanOrEqual(28);
      expect(layout.ticks.at(-1)! + (layout.ticks[1] - layout.ticks[0])).toBeGreaterThan(endTick);
    }
    expect(diagramLayout({ width: 366, endTick: 300, parties: 2, compact: false }).height).toBeLessThan(1_500);
  });

  it("fits a wide box across, with the end inside it", () => {
    for (const width of [VERTICAL_BELOW, 900, 1200]) {
      const layout = diagramLayout({ width, endTick: 20, parties: 2, compact: false });
      expect(layout.orientation).toBe("horizontal");
      expect(layout.width).toBeCloseTo(width);
      expect(layout.point(20, 0)[0]).toBeLessThan(width);
      expect(layout.tickAt(layout.point(13, 1)[0], 0)).toBe(13);
    }
  });

  it("draws a long game across a wide box at 1:1 (text keeps its size), its axis labels apart", () => {
    for (const endTick of [300, 600, 1200]) {
      const layout = diagramLayout({ width: 990, endTick, parties: 2, compact: false });
      expect(layout.width).toBeCloseTo(990);
      expect((layout.ticks[1] - layout.ticks[0]) * layout.unit).toBeGreaterThanOrEqual(40);
      expect(layout.ticks.at(-1)! + (layout.ticks[1] - layout.ticks[0])).toBeGreaterThan(endTick);
    }
  });

  it("before it is measured (the server's render), draws across at a natural width the box scales down", () => {
    const layout = diagramLayout({ width: null, endTick: 20, parties: 2, compact: false });
    expect(layout.orientation).toBe("horizontal");
    expect(layout.point(20, 0)[0]).toBeLessThan(layout.width);
  });

  it("widens the names' margin, across, for a long name (Falcon's \"the service\"), and keeps the drawing in its box", () => {
    const short = diagramLayout({ width: 990, endTick: 100, parties: 2, compact: false, nameChars: 1 });
    const long = diagramLayout({ width: 990, endTick: 100, parties: 2, compact: false, nameChars: 11 });
    // Right-aligned at nameAt: 11 bold 13 px characters need ~90 px before it.
    expect(long.nameAt(0)[0]).toBeGreaterThanOrEqual(11 * 8);
    expect(long.point(0, 0)[0]).toBeGreaterThan(short.point(0, 0)[0]);
    expect(long.point(100, 0)[0]).toBeLessThan(long.width);
    expect(long.width).toBeCloseTo(990);
  });
});

describe("arrow labels", () => {
  it("keeps a label only where it starts clear of the last one kept, in time order", () => {
    const labels = [
      { id: 3, from: 70, to: 130 },
      { id: 1, from: 10, to: 70 },
      { id: 2, from: 40, to: 100 },
      { id: 4, from: 140, to: 200 },
    ];
    expect([...spacedLabels(labels)].sort()).toEqual([1, 4]);
  });

  it("keeps them all when they are far apart", () => {
    expect(spacedLabels([0, 100, 200].map((from, id) => ({ id, from, to: from + 60 }))).size).toBe(3);
  });
});

describe("a clock in tenths of a second (Falcon)", () => {
  it("prints ticks as seconds", () => {
    expect(clockLabel("tenths", 100)).toBe("10.0 s");
    expect(clockLabel("tenths", 33)).toBe("3.3 s");
    expect(axisLabel("tenths", 20)).toBe("2 s");
    expect(axisLabel("tenths", 5)).toBe("0.5 s");
  });
});
