/** The FLP reducer: its refusals, a step's events, every way a game ends, hints, the puzzle, and determinism. */
import { describe, expect, it } from "vitest";
import { flp } from "./index";
import { initialConfiguration } from "./model";
import { sharedOracle } from "./oracle";
import { flpParamsSchema, type FlpParamsInput } from "./params";
import { protocolById } from "./protocols";
import { createFlpGame, reduceFlp } from "./reducer";
import { schedulerScore } from "./scoring";
import { FLP_PROTOCOL_IDS, SCHEDULER_SEAT } from "./terms";
import type { FlpAction, FlpState } from "./types";

const seat = SCHEDULER_SEAT;
const game = (params: FlpParamsInput = {}, seed = 7) => createFlpGame(flpParamsSchema.parse(params), seed);

function ok(state: FlpState, action: FlpAction) {
  const r = reduceFlp(state, action);
  if (!r.ok) throw new Error(`refused: ${r.error.code} ${r.error.message}`);
  return r;
}
const refusal = (state: FlpState, action: FlpAction) => {
  const r = reduceFlp(state, action);
  return r.ok ? null : r.error;
};
const step = (process: number): FlpAction => ({ type: "step", seat, process });
const messageFor = (state: FlpState, from: number, to: number) => state.messages.find((m) => m.from === from - 1 && m.to === to - 1 && m.deliveredAt === null)!;
const deliver = (state: FlpState, from: number, to: number): FlpAction => ({ type: "deliver", seat, messageId: messageFor(state, from, to).id });

/** Plays the engine's own bot for the scheduler (through the view, as a room does) until the game ends. */
function playBot(state: FlpState, strategy: string, botSeed = 1, limit = 2000): FlpState {
  for (let i = 0; i < limit && state.phase === "playing"; i++) {
    const [move] = flp.botMoves(flp.view(state, seat), strategy, botSeed + i);
    if (!move) throw new Error("the bot has no move");
    state = ok(state, flp.toAction(seat, move)).state;
  }
  return state;
}

describe("the FLP reducer refuses", () => {
  it("an unfair step, with the reason, and leaves the state alone", () => {
    let s = game({ inputs: [0, 1, 1], bound: 4 });
    for (let i = 0; i < 4; i++) s = ok(s, step(1)).state;
    expect(s.phase).toBe("playing");
    const before = JSON.stringify(s);
    const error = refusal(s, step(1));
    expect(JSON.stringify(s)).toBe(before);
    expect(error?.code).toBe("UNFAIR");
    expect(error?.message).toMatch(/^Fairness: p2 has not taken a step for 4 steps; it must take the next one$/);
    // Serving the overdue obligation is allowed.
    expect(reduceFlp(s, step(2)).ok).toBe(true);
  });

  it("an unfair step when a message has waited the bound", () => {
    let s = game({ inputs: [0, 1, 1], bound: 3 });
    s = ok(s, step(1)).state; // p1 sends its input to p2 and p3 at step 1
    s = ok(s, step(2)).state;
    s = ok(s, step(3)).state;
    s = ok(s, step(1)).state; // step 4: p1's messages (sent at step 1) have waited 3 steps
    expect(refusal(s, step(3))).toEqual({ code: "UNFAIR", message: "Fairness: a message for p2 has waited 3 steps; it must be delivered next" });
    expect(reduceFlp(s, deliver(s, 1, 2)).ok).toBe(true);
  });

  it("a step of a crashed process, a second crash, and any crash when none is allowed", () => {
    let s = game({ inputs: [0, 1, 1] });
    s = ok(s, { type: "crash", seat, process: 3 }).state;
    expect(refusal(s, step(3))?.code).toBe("PROCESS_CRASHED");
    expect(refusal(s, { type: "crash", seat, process: 1 })?.code).toBe("NO_CRASH_LEFT");
    expect(refusal(game({ crash: false }), { type: "crash", seat, process: 1 })?.code).toBe("NO_CRASH_LEFT");
  });

  it("a message that is not in the buffer (never sent, or delivered already)", () => {
    let s = game({ inputs: [0, 1, 1] });
    expect(refusal(s, { type: "deliver", seat, messageId: 1 })?.code).toBe("NO_SUCH_MESSAGE");
    s = ok(s, step(1)).state;
    const id = messageFor(s, 1, 2).id;
    s = ok(s, { type: "deliver", seat, messageId: id }).state;
    expect(refusal(s, { type: "deliver", seat, messageId: id })?.code).toBe("NO_SUCH_MESSAGE");
  });

  it("a move of the other mode", () => {
    expect(refusal(game(), { type: "predict", seat, valencies: ["0", "bivalent", "bivalent", "1"] })?.code).toBe("WRONG_MODE");
    expect(refusal(game({ mode: "puzzle" }), step(1))?.code).toBe("WRONG_MODE");
  });

  it("a move from a process's seat", () => {
    expect(refusal(game(), { type: "step", seat: "p1", process: 1 })?.code).toBe("NOT_YOUR_SEAT");
    expect(refusal(game(), { type: "hint", seat: "p2" })?.code).toBe("NOT_YOUR_SEAT");
  });

  it("a process out of range, and a second hint for the same configuration", () => {
    expect(refusal(game(), step(4))?.code).toBe("NOT_ALLOWED");
    const s = ok(game(), { type: "hint", seat }).state;
    expect(refusal(s, { type: "hint", seat })?.code).toBe("NOT_ALLOWED");
  });

  it("every move once the game is over", () => {
    const s = ok(game({ mode: "puzzle" }), { type: "predict", seat, valencies: ["0", "0", "0", "0"] }).state;
    expect(s.phase).toBe("finished");
    expect(refusal(s, { type: "tick" })?.code).toBe("GAME_OVER");
    expect(refusal(s, { type: "predict", seat, valencies: ["0", "0", "0", "0"] })?.code).toBe("GAME_OVER");
  });

  it("the watcher's moves in a watched run, while each tick takes the proof bot's step", () => {
    let s = game({ watch: true, inputs: [0, 1, 1] });
    expect(refusal(s, step(1))?.code).toBe("NOT_ALLOWED");
    expect(refusal(s, { type: "hint", seat })?.code).toBe("NOT_ALLOWED");
    for (let i = 0; i < 10; i++) s = ok(s, { type: "tick" }).state;
    expect(s.run.length).toBeGreaterThanOrEqual(10);
    expect(s.clock.steps).toBeGreaterThanOrEqual(9);
    expect(schedulerScore(s)).toBe(0);
  });
});

describe("a step", () => {
  it("emits the step with its valency, a send per new message, and a decision when one is made", () => {
    let s = game({ protocol: "wait-n-minus-1", inputs: [0, 1, 1] });
    const first = ok(s, step(2));
    expect(first.events).toEqual([
      { type: "step", tick: 0, step: 1, process: 2, messageId: null, valency: "bivalent", configuration: first.state.config },
      { type: "send", tick: 0, step: 1, messageId: 1, from: 2, to: 1, label: "input 1" },
      { type: "send", tick: 0, step: 1, messageId: 2, from: 2, to: 3, label: "input 1" },
    ]);
    s = first.state;
    const r = ok(s, deliver(s, 2, 1));
    expect(r.events[0]).toEqual({ type: "step", tick: 0, step: 2, process: 1, messageId: 1, valency: "bivalent", configuration: r.state.config });
    expect(r.events.filter((e) => e.type === "send")).toHaveLength(2);
    expect(r.events.at(-1)).toEqual({ type: "decide", tick: 0, step: 2, process: 1, value: 0 });
    expect(r.state.messages[0].deliveredAt).toBe(2);
  });
});

describe("how an FLP game ends", () => {
  it("kept open: the proof's bot keeps majority lock bivalent to the target", () => {
    const s = playBot(game({ target: 20, inputs: undefined }, 3), "proof");
    expect(s.outcome).toBe("kept-open");
    expect(s.bivalentSteps).toBe(20);
    expect(schedulerScore(s)).toBe(20 + 20);
    expect(flp.summarize(s).checks).toMatchObject({ fair: { ok: true }, valencies: { ok: true }, agreement: { ok: true }, validity: { ok: true } });
  });

  it("forced: a plain fair scheduler lets wait-for-everyone decide", () => {
    const s = playBot(game({ protocol: "wait-all", inputs: [0, 1, 1] }), "fair");
    expect(s.outcome).toBe("forced");
    expect(s.bivalentSteps).toBe(0); // wait-all has no bivalent start
    expect(new Set(s.decisions.map((d) => d.value)).size).toBeLessThanOrEqual(1);
  });

  it("disagreement: wait-for-n-1 decides 0 at p1 and 1 at p2 under this schedule", () => {
    let s = game({ protocol: "wait-n-minus-1", inputs: [0, 1, 1] });
    s = ok(s, step(2)).state; // p2 sends input 1
    s = ok(s, step(3)).state; // p3 sends input 1
    s = ok(s, deliver(s, 2, 1)).state; // p1 knows 0, 1: a tie, decides 0
    expect(s.phase).toBe("playing");
    expect(s.valency).toBe("bivalent"); // p2 can still decide 1
    const r = ok(s, deliver(s, 3, 2)); // p2 knows 1, 1: decides 1
    expect(r.state.outcome).toBe("disagreement");
    expect(r.events.at(-1)).toEqual({ type: "end", tick: 0, outcome: "disagreement", inputs: [0, 1, 1], startValency: "bivalent" });
    expect(flp.summarize(r.state).checks).toMatchObject({ agreement: { ok: false }, fair: { ok: true } });
    expect(schedulerScore(r.state)).toBe(r.state.bivalentSteps + 20);
  });

  it("time up: the room's clock reaches maxTicks", () => {
    let s = game({ maxTicks: 10 });
    for (let i = 0; i < 9; i++) s = ok(s, { type: "tick" }).state;
    expect(s.phase).toBe("playing");
    const r = ok(s, { type: "tick" });
    expect(r.state.outcome).toBe("time-up");
    expect(ok(game({ mode: "puzzle", maxTicks: 10 }), { type: "tick" }).state.phase).toBe("playing");
  });
});

describe("hints", () => {
  it("show each next step's valency and cost hintCost points", () => {
    let s = game({ inputs: [0, 1, 1], hintCost: 3 });
    for (const p of [1, 2, 3, 1]) s = ok(s, step(p)).state;
    expect(schedulerScore(s)).toBe(4);
    const r = ok(s, { type: "hint", seat });
    expect(r.events).toEqual([{ type: "hint", tick: 0, step: 4 }]);
    expect(r.state.hint!.length).toBeGreaterThan(3);
    expect(r.state.hint!.every((h) => ["0", "1", "bivalent", "none"].includes(h.valency))).toBe(true);
    expect(schedulerScore(r.state)).toBe(4 - 3);
    // The next step clears it; the cost stays.
    const after = ok(r.state, step(2)).state;
    expect(after.hint).toBeNull();
    expect(after.hintsBought).toBe(1);
  });
});

describe("the Lemma 1 puzzle", () => {
  it("is solved by the oracle's answers and missed by any other", () => {
    const s = game({ mode: "puzzle" }, 11);
    const answers = s.puzzle!.answers;
    expect(answers).toHaveLength(4);
    const solved = ok(s, { type: "predict", seat, valencies: answers as ("0" | "1" | "bivalent")[] });
    expect(solved.state.outcome).toBe("solved");
    expect(schedulerScore(solved.state)).toBe(40);
    const wrong = answers.map((v) => (v === "0" ? "1" : "0")) as ("0" | "1")[];
    const missed = ok(s, { type: "predict", seat, valencies: wrong });
    expect(missed.state.outcome).toBe("missed");
    expect(missed.events[0]).toEqual({ type: "predict", tick: 0, valencies: wrong, answers });
    expect(refusal(s, { type: "predict", seat, valencies: ["0", "1"] })?.code).toBe("NOT_ALLOWED");
  });

  it("for majority lock, I_0 is 0-valent, I_3 1-valent and some I_k bivalent", () => {
    const answers = game({ mode: "puzzle" }, 5).puzzle!.answers;
    expect(answers[0]).toBe("0");
    expect(answers[3]).toBe("1");
    expect(answers).toContain("bivalent");
  });
});

describe("determinism and the drawn start", () => {
  it("the same seed and moves give the same game", () => {
    const play = () => playBot(game({ protocol: "majority-lock", target: 40 }, 42), "random", 9);
    expect(JSON.stringify(play())).toBe(JSON.stringify(play()));
    const puzzle = (seed: number) => JSON.stringify(game({ mode: "puzzle" }, seed));
    expect(puzzle(5)).toBe(puzzle(5));
  });

  it.each(FLP_PROTOCOL_IDS)("%s: the drawn start is bivalent whenever the protocol has a bivalent start", (id) => {
    const protocol = protocolById(id);
    const oracle = sharedOracle(id);
    const starts = Array.from({ length: 8 }, (_, x) => [x >> 2, (x >> 1) & 1, x & 1].map((b) => b as 0 | 1));
    const hasBivalent = starts.some((inputs) => oracle.valency(initialConfiguration(protocol, inputs)) === "bivalent");
    for (let seed = 1; seed <= 12; seed++) {
      const s = game({ protocol: id }, seed);
      expect(s.valency === "bivalent").toBe(hasBivalent);
    }
  });
});
