/**
 * Issue 17: full snapshots or RFC 6902 patches, by the figures. Seeded games of every class preset
 * (server/classroom/presets.ts: every scenario's ready-made rounds) are played headless, bots on
 * every seat with the student seats played by their stand-in bots; after every accepted input
 * (each bot move, each tick), as the room does, each student seat's snapshot body is built the way
 * GameRoom.snapshotBody builds it (the scenario's view, the seat list its disclosure allows) and
 * counted as sent when its JSON differs from the last one sent to that seat (publishIfChanged).
 * For each sent view: bytes of the full snapshot's JSON against bytes of the JSON of a
 * fast-json-patch `compare` from that seat's previous snapshot, and the CPU to build each: the
 * view itself (both need it), then stringify (the snapshot; the room does that today to compare),
 * or compare + stringify of the patch (a patch sender also keeps each seat's previous object).
 * No sockets: the wire adds the same socket.io framing to both.
 */
import { performance } from "node:perf_hooks";
import { deflateRawSync } from "node:zlib";
import jsonPatch from "fast-json-patch";
import { presetCards, defaultStudentSeats, standInStrategy, type PresetCard } from "../server/classroom/presets";
import { visibleSeatList } from "../server/engine/disclosure";
import { GameRecord } from "../server/engine/record";
import { scenarioById } from "../server/engine/scenarios";
import { botSeed } from "../server/engine/simulate";
import { round, summarize, type Summary } from "./stats";

// A CommonJS package: Node's ESM loader sees its exports only as the default export.
const { compare } = jsonPatch;

export interface ViewsRow {
  preset: string;
  scenario: string;
  games: number;
  /** Snapshots a room would have sent to the student seats (changed ones only). */
  views: number;
  fullBytes: Summary;
  patchBytes: Summary;
  /** Each snapshot deflated on its own (what permessage-deflate would send at worst, with no window shared between messages). */
  deflatedBytes: Summary;
  /** Patch bytes over full bytes, all views together. */
  byteRatio: number;
  /**
   * CPU per sent view, µs: the scenario's view (both ways, timed as the game runs), then stringify
   * of the snapshot and compare + stringify of the patch (each the fastest of 7 passes over every view).
   */
  viewUs: number;
  snapshotUs: number;
  patchUs: number;
  /** Sent views whose patch was larger than the snapshot itself. */
  patchLarger: number;
}

/** One sent view's measures. */
interface Sample {
  full: number;
  patch: number;
  deflated: number;
  viewMs: number;
  /** The seat's previous snapshot (null for its first) and this one, for the timed replays. */
  prev: object | null;
  body: object;
}

const MAX_TICKS = 400;

/** Play one seeded game of `preset`; call `sent` for every snapshot a student seat would get. */
function playGame(preset: PresetCard, seed: number, onSent: (s: Sample) => void): void {
  const scenario = scenarioById(preset.scenario)!;
  const params = scenario.paramsSchema.parse(preset.params);
  const seats: string[] = scenario.seats(params);
  const students = preset.studentSeats ?? defaultStudentSeats(preset.scenario, seats);
  const strategy = (seat: string) => (students.includes(seat) ? standInStrategy(preset.scenario, seat) : (preset.bots?.[seat] ?? scenario.strategies(seat)[0]));
  const strategies = new Map(seats.map((seat) => [seat, strategy(seat)]));
  const occupants = seats.map((seat, i) =>
    students.includes(seat) ? { seat, kind: "human" as const, name: `Student ${i + 1}` } : { seat, kind: "bot" as const, name: strategies.get(seat)! },
  );
  const record = new GameRecord(scenario, params, seed);
  const last = new Map<string, { text: string; body: object; seq: number }>();
  const publish = () => {
    const over = record.over;
    for (const seat of students) {
      const t0 = performance.now();
      const view = scenario.view(record.state, seat);
      const t1 = performance.now();
      const body = {
        gameId: "g0000000000000",
        code: "ABCDEF",
        scenario: scenario.id,
        seat,
        status: over ? "finished" : "running",
        tickMs: preset.tickMs,
        seats: visibleSeatList(scenario.disclosure, params, seat, occupants, over),
        view,
      };
      const text = JSON.stringify(body);
      const prev = last.get(seat);
      if (prev && prev.text === text) continue;
      const seq = (prev?.seq ?? 0) + 1;
      // The client would apply it to its previous snapshot; the seq goes with it either way.
      const patch = prev ? JSON.stringify({ seq, patch: compare(prev.body, body) }) : JSON.stringify({ ...body, seq });
      last.set(seat, { text, body, seq });
      const deflated = deflateRawSync(text).length;
      onSent({ full: Buffer.byteLength(text) + `,"seq":${seq}`.length, patch: Buffer.byteLength(patch), deflated, viewMs: t1 - t0, prev: prev?.body ?? null, body });
    }
  };
  const seeds = new Map(seats.map((seat) => [seat, botSeed(seed, seat)]));
  publish();
  for (let t = 0; t < MAX_TICKS && !record.over; t++) {
    for (const seat of seats) {
      const moves = scenario.botMoves(scenario.view(record.state, seat), strategies.get(seat)!, seeds.get(seat)!);
      for (const move of moves) if (record.apply(scenario.toAction(seat, move)).ok) publish();
    }
    if (record.apply(scenario.tick).ok) publish();
  }
}

/**
 * The fastest of several timed passes, ms: stringify and compare cost microseconds, so they are
 * timed over all of a preset's views at once, and the fastest pass is the one others disturbed least.
 */
function fastest(pass: () => void, passes = 7): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < passes; i++) {
    const t0 = performance.now();
    pass();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

export function benchViews(quick: boolean): ViewsRow[] {
  const games = quick ? 3 : 20;
  // One unrecorded game of each first, so first-call compilation is not counted as CPU per view.
  for (const preset of presetCards()) playGame(preset, 1, () => {});
  return presetCards().map((preset) => {
    const samples: Sample[] = [];
    for (let g = 0; g < games; g++) playGame(preset, 1000 + g, (s) => samples.push(s));
    const sum = (k: "full" | "patch" | "viewMs") => samples.reduce((a, s) => a + s[k], 0);
    const us = (ms: number) => round((ms * 1000) / Math.max(1, samples.length), 2);
    return {
      preset: preset.id,
      scenario: preset.scenario,
      games,
      views: samples.length,
      fullBytes: summarize(samples.map((s) => s.full)),
      patchBytes: summarize(samples.map((s) => s.patch)),
      deflatedBytes: summarize(samples.map((s) => s.deflated)),
      byteRatio: round(sum("patch") / Math.max(1, sum("full")), 3),
      viewUs: us(sum("viewMs")),
      snapshotUs: us(fastest(() => samples.forEach((s) => JSON.stringify(s.body)))),
      patchUs: us(fastest(() => samples.forEach((s) => JSON.stringify(s.prev ? compare(s.prev, s.body) : s.body)))),
      patchLarger: samples.filter((s) => s.patch > s.full).length,
    };
  });
}

/** The Markdown table. */
export function viewsTable(rows: ViewsRow[]): string[] {
  const b = (v: number) => Math.round(v).toLocaleString("en");
  return [
    "| Views sent (issue 17): snapshot vs RFC 6902 patch | games | views | snapshot bytes p50 / p99 / mean | patch bytes p50 / p99 / mean | patch ÷ snapshot, all bytes | snapshot deflated alone, mean | patches larger | CPU per view (µs): view / + stringify snapshot / + compare & stringify patch |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...rows.map(
      (r) =>
        `| ${r.preset} (${r.scenario}) | ${r.games} | ${r.views.toLocaleString("en")} | ${b(r.fullBytes.p50)} / ${b(r.fullBytes.p99)} / ${b(r.fullBytes.mean)} | ` +
        `${b(r.patchBytes.p50)} / ${b(r.patchBytes.p99)} / ${b(r.patchBytes.mean)} | ${r.byteRatio} | ${b(r.deflatedBytes.mean)} | ${r.patchLarger} | ${r.viewUs} / ${r.snapshotUs} / ${r.patchUs} |`,
    ),
  ];
}
