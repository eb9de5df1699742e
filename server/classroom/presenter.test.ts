import { describe, expect, it } from "vitest";
import { generals } from "../engine/generals";
import { GENERALS_WORDS } from "../engine/generals/knowledge";
import { ladderOf, type Timeline, type TimelineDecision, type TimelineMessage } from "../engine/timeline";
import { choosePresentedGame, PresenterState, undecidedRun, type PresentableGame } from "./presenter";

const msg = (id: number, from: "A" | "B", sentAt: number, fate: TimelineMessage["fate"]): TimelineMessage => ({
  id, from, to: from === "A" ? "B" : "A", label: from === "A" ? "plan" : "ack 1", acked: from === "B" ? 1 : 0, sentAt, arrivesAt: sentAt + 2, fate, settledAt: sentAt + 2, lostBy: fate === "lost" ? "chance" : null,
});
const decide = (party: "A" | "B", tick: number, acts: boolean, byDefault = false): TimelineDecision => ({ party, tick, label: acts ? "attack" : "hold", acts, byDefault });

function timeline(messages: TimelineMessage[], decisions: TimelineDecision[], endTick = 10): Timeline {
  const t: Timeline = {
    scenario: "generals", ladder: "twoParty", parties: [{ id: "A", name: "General A" }, { id: "B", name: "General B" }], endTick, endLabel: "dawn", clock: "tick",
    messages, decisions, rungs: [], words: GENERALS_WORDS, outcome: "no-battle", scores: { A: 0, B: 0 },
  };
  return { ...t, rungs: ladderOf(t) };
}

const game = (group: number, t: Timeline, extra: Partial<PresentableGame> = {}): PresentableGame => ({ gameId: `game${group}`, group, unsafe: false, botFinished: false, timeline: t, ...extra });

/** Nothing sent, both held at once: nothing to learn. */
const dull = timeline([], [decide("A", 1, false), decide("B", 1, false)]);
/** The plan arrived and raised B's knowledge. */
const raised = timeline([msg(1, "A", 0, "delivered")], [decide("A", 3, false), decide("B", 3, false)]);
/** B never decided before dawn: the longest undecided run. */
const slow = timeline([], [decide("A", 2, false)]);

describe("choosing the game to present", () => {
  it("takes an unsafe end first, then a two-worlds moment, then the longest undecided run", () => {
    expect(choosePresentedGame([game(1, dull), game(2, raised), game(3, dull, { unsafe: true })])).toMatchObject({ game: { group: 3 }, reason: "unsafe" });
    expect(choosePresentedGame([game(1, slow), game(2, raised), game(3, dull)])).toMatchObject({ game: { group: 2 }, reason: "two-worlds" });
    expect(choosePresentedGame([game(1, dull), game(2, slow)])).toMatchObject({ game: { group: 2 }, reason: "undecided" });
  });

  it("never picks a game that bots finished, and breaks ties by the lowest group", () => {
    expect(choosePresentedGame([game(1, dull), game(2, raised, { unsafe: true, botFinished: true })])).toMatchObject({ game: { group: 1 } });
    expect(choosePresentedGame([game(4, dull), game(2, dull)])?.game.group).toBe(2);
    expect(choosePresentedGame([game(1, dull, { botFinished: true })])).toBeNull();
    expect(choosePresentedGame([])).toBeNull();
  });

  it("measures the undecided run to the last decision, or to the end when a party never decided", () => {
    expect(undecidedRun(dull)).toBe(1);
    expect(undecidedRun(slow)).toBe(10);
  });
});

describe("the presenter's question and the tally", () => {
  const presenter = () => {
    let n = 0;
    return new PresenterState(1, game(1, raised), "two-worlds", generals.presenter!, () => `q${++n}`);
  };

  it("steps within the game and refuses to move while a question is open", () => {
    const p = presenter();
    expect(p.askAt).toBe(2);
    p.step("previous");
    expect(p.tick).toBe(0);
    p.step(99);
    expect(p.tick).toBe(10);
    p.step(2);
    expect(p.ask()).toBeNull();
    expect(p.step("next")).toBe("QUESTION_OPEN");
    expect(p.ask()).toBe("QUESTION_OPEN");
    expect(p.tick).toBe(2);
    expect(p.reveal()).toBeNull();
    expect(p.reveal()).toBe("NO_QUESTION");
    expect(p.step("next")).toBeNull();
  });

  it("counts one answer per student, a changed answer replacing the old, only students still in the session", () => {
    const p = presenter();
    expect(p.answer("s1", "q1", "act")).toBe("NO_QUESTION");
    p.ask();
    expect(p.answer("s1", "q1", "act")).toBeNull();
    expect(p.answer("s1", "q1", "act")).toBe("ALREADY_ANSWERED");
    expect(p.answer("s1", "q1", "wait")).toBeNull();
    expect(p.answer("s2", "q1", "act")).toBeNull();
    expect(p.answer("s3", "q1", "never")).toBeNull();
    expect(p.answer("s4", "q1", "bogus")).toBe("BAD_OPTION");
    expect(p.answer("s4", "q0", "act")).toBe("QUESTION_CLOSED");
    expect(p.tally(() => true)).toEqual({ act: 1, wait: 1, never: 1 });
    expect(p.tally((id) => id !== "s3")).toEqual({ act: 1, wait: 1, never: 0 });
    expect(p.view(() => true, 4).question).toMatchObject({ answered: 3, students: 4, reveal: null });
    p.reveal();
    expect(p.answer("s4", "q1", "act")).toBe("QUESTION_CLOSED");
    expect(p.view(() => true, 4).question?.reveal?.text).toMatch(/What happened/);
  });

  it("tells a student the prompt and options only, until the reveal", () => {
    const p = presenter();
    p.step(2);
    p.ask();
    p.answer("s1", "q1", "act");
    const before = p.studentQuestion("s1");
    expect(before).toEqual({ id: "q1", prompt: "You are General A at tick 2. Would you attack now?", options: expect.any(Array), yourAnswer: "act", open: true, reveal: null });
    p.reveal();
    p.step("next");
    expect(p.studentQuestion("s1")?.reveal).toMatchObject({ correct: "never", yourOutcome: expect.stringMatching(/alone/) });
    expect(p.studentQuestion("s2")?.reveal?.yourOutcome).toBeNull();
  });
});
