/**
 * The replay's fate table and two worlds follow the slider: rendered at every tick of generated
 * games, nothing in them tells what happened after that tick.
 */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { generals } from "@/server/engine/generals";
import { GENERAL_STRATEGIES } from "@/server/engine/generals/bots";
import { generalsParamsSchema } from "@/server/engine/generals/params";
import { lovers } from "@/server/engine/lovers";
import { LOVERS_STRATEGIES } from "@/server/engine/lovers/bots";
import { loversParamsSchema } from "@/server/engine/lovers/params";
import type { AnyScenario } from "@/server/engine/scenario";
import { simulate } from "@/server/engine/simulate";
import type { Timeline } from "@/server/engine/timeline";
import { clockLabel } from "./clock";
import { FateTable, OutcomeCards } from "./GameStory";
import { outcomeTitle } from "./outcome";
import { ReplayMomentProvider, ReplayTwoWorlds } from "./ReplayMoment";

/** The table's rows: message id and fate cell, read back from the markup. */
function rows(html: string): { id: number; fate: string }[] {
  return [...html.matchAll(/<tr class="border-t[^"]*"><td[^>]*>(\d+)<\/td>(?:<td[^>]*>[^<]*<\/td>){3}<td[^>]*>([^<]*)<\/td><\/tr>/g)].map((m) => ({ id: Number(m[1]), fate: m[2] }));
}

/** The replay's two-worlds section with the page's moment at `tick`. */
function twoWorldsAt(timeline: Timeline, tick: number) {
  return createElement(ReplayMomentProvider, { initialTick: tick, end: timeline.endTick, children: createElement(ReplayTwoWorlds, { timeline }) });
}

function games(): { label: string; timeline: Timeline }[] {
  const cases: [AnyScenario, (p: number) => unknown, readonly string[], [string, string]][] = [
    [generals, (p) => generalsParamsSchema.parse({ captureProbability: p }), GENERAL_STRATEGIES, ["A", "B"]],
    [lovers, (p) => loversParamsSchema.parse({ lossProbability: p }), LOVERS_STRATEGIES, ["alice", "bob"]],
  ];
  const out: { label: string; timeline: Timeline }[] = [];
  for (const [scenario, paramsAt, strategies, [first, second]] of cases) {
    for (let seed = 1; seed <= 12; seed++) {
      const strategyPair = { [first]: strategies[seed % strategies.length], [second]: strategies[(seed * 7) % strategies.length] };
      const game = simulate({ scenario, params: paramsAt([0.1, 0.3, 0.5][seed % 3]), seed, strategies: strategyPair });
      out.push({ label: `${scenario.id} seed ${seed} ${JSON.stringify(strategyPair)}`, timeline: scenario.timeline(game.state, game.events) });
    }
  }
  return out;
}

describe("the replay's fate table and two worlds at the slider's tick", () => {
  const played = games();

  it("plays games with messages that settle before the end (else this test proves nothing)", () => {
    expect(played.some(({ timeline }) => timeline.messages.some((m) => m.fate !== "late" && m.settledAt < timeline.endTick))).toBe(true);
  });

  it("lists only the messages sent by the tick, with a fate only once it was settled", () => {
    for (const { label, timeline } of played) {
      for (let tick = 0; tick <= timeline.endTick; tick++) {
        const html = renderToStaticMarkup(createElement(FateTable, { timeline, upTo: tick }));
        const shown = rows(html);
        const expected = timeline.messages.filter((m) => tick === timeline.endTick || m.sentAt <= tick);
        expect(shown.map((r) => r.id), `${label} at ${tick}`).toEqual(expected.map((m) => m.id));
        for (const row of shown) {
          const m = timeline.messages.find((x) => x.id === row.id)!;
          const settled = m.fate !== "late" && m.settledAt <= tick;
          if (settled) expect(row.fate, `${label} #${m.id} at ${tick}`).toMatch(m.fate === "delivered" ? /^arrived at / : /(lost|captured by the Enemy) at /);
          else expect(row.fate, `${label} #${m.id} at ${tick}`).toMatch(tick === timeline.endTick ? /^still on its way at / : new RegExp(`^on its way at ${clockLabel(timeline.clock, tick)}$`));
        }
        if (tick < timeline.endTick) expect(html, label).toContain(`Fate of every message by ${clockLabel(timeline.clock, tick)}`);
      }
    }
  });

  it("names no outcome and no score before the end, and only the decisions taken by then", () => {
    for (const { label, timeline } of played) {
      const seats = timeline.parties.map((p) => ({ seat: p.id, name: p.name, kind: "bot" as const }));
      for (let tick = 0; tick <= timeline.endTick; tick++) {
        const html = renderToStaticMarkup(createElement(OutcomeCards, { timeline, seats, upTo: tick }));
        const decided = timeline.decisions.filter((d) => d.tick <= tick);
        if (tick === timeline.endTick) {
          expect(html, label).toContain(outcomeTitle(timeline.outcome));
          continue;
        }
        expect(html, `${label} at ${tick}`).not.toContain(outcomeTitle(timeline.outcome));
        expect(html, `${label} at ${tick}`).not.toMatch(/[+−]\d+ pts|>0 pts/);
        expect((html.match(/chose at|never chose/g) ?? []).length, `${label} at ${tick}`).toBe(decided.length);
      }
    }
  });

  it("keeps the two worlds for the end, and says so before it", () => {
    for (const { label, timeline } of played.slice(0, 6)) {
      const at = (tick: number) => renderToStaticMarkup(twoWorldsAt(timeline, tick));
      for (const tick of [0, Math.floor(timeline.endTick / 2), timeline.endTick - 1]) {
        const html = at(tick);
        expect(html, `${label} at ${tick}`).toContain('data-testid="two-worlds-hidden"');
        expect(html, `${label} at ${tick}`).not.toMatch(/World 1|world-knowledge|<svg/);
        expect(html).toContain(`you are at ${clockLabel(timeline.clock, tick)}`);
      }
      const end = at(timeline.endTick);
      expect(end, label).not.toContain("two-worlds-hidden");
      if (timeline.messages.some((m) => m.fate !== "late")) expect(end, label).toContain("World 1");
    }
  });

  it("clamps a moment from the address to the game", () => {
    const { timeline } = played[0];
    const html = (t: number) => renderToStaticMarkup(twoWorldsAt(timeline, t));
    expect(html(-5)).toContain(`you are at ${clockLabel(timeline.clock, 0)}`);
    expect(html(Number.NaN)).toContain(`you are at ${clockLabel(timeline.clock, 0)}`);
    expect(html(999)).not.toContain("two-worlds-hidden");
  });
});
