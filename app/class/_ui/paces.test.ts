/** The paces a host is offered: the usual ones or a scenario's own, every one a pace the server accepts. */
import { describe, expect, it } from "vitest";
import { startRoundSchema } from "@/server/protocol/classroom";
import { SCENARIO_UI_LIST } from "@/app/_scenarios/registry";
import { CLASS_PACES, paceFor, paceOptions, pacesOf } from "./paces";

const auth = { sessionId: "abcdefgh12", hostKey: "k".repeat(32) };

describe("class paces", () => {
  it("gives a scenario without its own the usual paces, and Falcon its near-real-time ones", () => {
    expect(pacesOf("generals")).toBe(CLASS_PACES);
    expect(pacesOf("retired-scenario")).toBe(CLASS_PACES);
    expect(pacesOf("falcon").list.map((p) => p.ms)).toEqual([50, 100, 200]);
    expect(pacesOf("falcon").defaultMs).toBe(100);
  });

  it.each(SCENARIO_UI_LIST.map((ui) => [ui.id] as const))("%s: its default is among its paces, and the server accepts every one", (id) => {
    const paces = pacesOf(id);
    expect(paces.list.map((p) => p.ms)).toContain(paces.defaultMs);
    for (const { ms } of paces.list) expect(startRoundSchema.safeParse({ ...auth, scenario: id, tickMs: ms }).success, `${id} ${ms}`).toBe(true);
  });

  it("keeps a preset's own pace among the options, in order", () => {
    expect(paceOptions("generals", 1000)).toEqual(CLASS_PACES.list);
    expect(paceOptions("generals", 100).map((p) => p.ms)).toEqual([100, 250, 500, 1000, 1500, 2500]);
    expect(paceOptions("generals", 100)[0].label).toBe("0.1 s a tick");
    expect(paceOptions("falcon", 100).map((p) => p.ms)).toEqual([50, 100, 200]);
  });

  it("keeps the pace across a switch when the new scenario offers it, else takes its default", () => {
    expect(paceFor("lovers", 500)).toBe(500);
    expect(paceFor("falcon", 500)).toBe(100);
    expect(paceFor("falcon", 200)).toBe(200);
    expect(paceFor("generals", 100)).toBe(1000);
  });
});
