/**
 * The presenter debrief over real sockets against a real server: a host and three students play
 * a round, the host starts the presenter on it, steps, asks; answers are counted live on the
 * dashboard, duplicate, late and forged ones are refused with typed errors; then the reveal.
 * And hidden information: before the reveal, what a student receives does not depend on the
 * hidden facts of the chosen game.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { HostGrant, HostView, StudentGrant, StudentView } from "../protocol/classroom";
import { runPool, startTestServer, TestClient, type Packet, type TestServer } from "../testing/harness";

let t: TestServer;
const clients: TestClient[] = [];
const client = (name: string) => {
  const c = new TestClient(t.server.url, name);
  clients.push(c);
  return c;
};

beforeAll(async () => {
  t = await startTestServer({ classDashboardEveryMs: 10 });
});
afterAll(async () => {
  clients.forEach((c) => c.close());
  await t.stop();
  await t.db.cleanup();
});

const isDashboard = (test: (v: HostView) => boolean) => (p: Packet) => p.event === "class:dashboard" && test(p.data as HostView);
const isStudentView = (test: (v: StudentView) => boolean) => (p: Packet) => p.event === "class:student" && test(p.data as StudentView);

/** A session whose students each play `seat` against a bot, one round played to its end (they never move: they stay home). */
async function endedRound(params: Record<string, unknown>, students = 3, seat = "alice") {
  const host = client("Prof");
  await host.connected();
  const grant = await host.request<HostGrant>("class:host", { title: "Presenter", player: host.player });
  if (!grant.ok) throw new Error(grant.error.code);
  const auth = { sessionId: grant.sessionId, hostKey: grant.hostKey };
  const joined: { c: TestClient; grant: StudentGrant & { ok: true } }[] = [];
  await runPool(students, 5, async (i) => {
    const c = client(`Student ${i + 1}`);
    await c.connected();
    const g = await c.request<StudentGrant>("class:join", { code: grant.code, player: c.player });
    if (!g.ok) throw new Error(g.error.code);
    joined[i] = { c, grant: g };
  });
  await host.waitFor(isDashboard((v) => v.students.filter((s) => s.connected).length === students));
  const started = await host.request("class:round:start", { ...auth, scenario: "lovers", params, studentSeats: [seat], bots: seat === "bob" ? { alice: "homebody" } : undefined, tickMs: 10 });
  expect(started.ok).toBe(true);
  await host.waitFor(isDashboard((v) => v.round?.status === "ended" && v.round.groups.every((g) => g.metrics !== null)), 10_000);
  return { host, auth, students: joined };
}

describe("the presenter debrief", () => {
  it("steps, asks every phone, counts answers live, refuses duplicate, late and forged ones, reveals", async () => {
    const { host, auth, students } = await endedRound({ lossProbability: 0.5 });
    const [s1, s2, s3] = students;
    const answer = (s: (typeof students)[number], questionId: string, option: string, token = s.grant.studentToken) =>
      s.c.request("class:answer", { sessionId: auth.sessionId, studentToken: token, questionId, option });

    // Nothing to step or ask before the host starts it; a student cannot start it.
    expect(await host.request("class:presenter:ask", auth)).toMatchObject({ ok: false, error: { code: "NO_PRESENTER" } });
    expect(await s1.c.request("class:presenter:start", { sessionId: auth.sessionId, hostKey: s1.grant.studentToken })).toMatchObject({ ok: false, error: { code: "BAD_HOST_KEY" } });
    expect(await answer(s1, "q1", "act")).toMatchObject({ ok: false, error: { code: "NO_PRESENTER" } });

    const start = await host.request<{ gameId: string }>("class:presenter:start", auth);
    expect(start.ok).toBe(true);
    const gameId = start.ok ? start.gameId : "";
    const begun = await host.waitFor(isDashboard((v) => v.presenter?.gameId === gameId));
    const presenter = (begun.data as HostView).presenter!;
    expect(presenter).toMatchObject({ round: 1, tick: 0, endTick: 12, phase: "stepping", question: null });
    expect(["unsafe", "two-worlds", "undecided"]).toContain(presenter.reason);

    expect(await host.request("class:presenter:step", { ...auth, to: "next" })).toEqual({ ok: true, tick: 1 });
    expect(await host.request("class:presenter:step", { ...auth, to: "previous" })).toEqual({ ok: true, tick: 0 });
    expect(await host.request("class:presenter:step", { ...auth, to: 5 })).toEqual({ ok: true, tick: 5 });
    expect(await host.request("class:presenter:step", { ...auth, to: 500 })).toEqual({ ok: true, tick: 12 });
    expect(await host.request("class:presenter:step", { ...auth, to: 5 })).toEqual({ ok: true, tick: 5 });
    expect(await host.request("class:presenter:step", { ...auth, to: -1 })).toMatchObject({ ok: false, error: { code: "BAD_PAYLOAD" } });
    expect(await host.request("class:presenter:reveal", auth)).toMatchObject({ ok: false, error: { code: "NO_QUESTION" } });

    const asked = await host.request<{ questionId: string }>("class:presenter:ask", auth);
    expect(asked.ok).toBe(true);
    const questionId = asked.ok ? asked.questionId : "";
    for (const s of students) {
      const view = (await s.c.waitFor(isStudentView((v) => v.question?.id === questionId))).data as StudentView;
      expect(view.question).toEqual({
        id: questionId,
        prompt: "You are Alice at 17:00. Would you go to the date now?",
        options: [
          { id: "act", label: "Go to the date" },
          { id: "wait", label: "Wait for more texts" },
          { id: "never", label: "Stay home" },
        ],
        yourAnswer: null,
        open: true,
        reveal: null,
      });
    }
    expect(await host.request("class:presenter:step", { ...auth, to: "next" })).toMatchObject({ ok: false, error: { code: "QUESTION_OPEN" } });
    expect(await host.request("class:presenter:ask", auth)).toMatchObject({ ok: false, error: { code: "QUESTION_OPEN" } });

    // Answers counted live on the dashboard.
    expect(await answer(s1, questionId, "act")).toEqual({ ok: true });
    await host.waitFor(isDashboard((v) => v.presenter?.question?.answered === 1));
    expect(await answer(s2, questionId, "never")).toEqual({ ok: true });
    expect(await answer(s3, questionId, "never")).toEqual({ ok: true });
    const counted = await host.waitFor(isDashboard((v) => v.presenter?.question?.answered === 3));
    expect((counted.data as HostView).presenter?.question).toMatchObject({ counts: { act: 1, wait: 0, never: 2 }, students: 3, reveal: null });
    await s1.c.waitFor(isStudentView((v) => v.question?.yourAnswer === "act"));

    // A duplicate is refused; a changed answer replaces the old.
    expect(await answer(s1, questionId, "act")).toMatchObject({ ok: false, error: { code: "ALREADY_ANSWERED" } });
    expect(await answer(s1, questionId, "wait")).toEqual({ ok: true });
    await host.waitFor(isDashboard((v) => v.presenter?.question?.counts.wait === 1 && v.presenter.question.counts.act === 0));
    // Forged: another option, another question, a token that is no student's, a bad shape.
    expect(await answer(s2, questionId, "maybe")).toMatchObject({ ok: false, error: { code: "BAD_PAYLOAD" } });
    expect(await answer(s2, "q99", "act")).toMatchObject({ ok: false, error: { code: "QUESTION_CLOSED" } });
    expect(await answer(s2, questionId, "act", "x".repeat(32))).toMatchObject({ ok: false, error: { code: "BAD_TOKEN" } });
    expect(await s2.c.request("class:answer", { sessionId: auth.sessionId, studentToken: s2.grant.studentToken, questionId, option: "act", studentId: s1.grant.studentId })).toMatchObject({ ok: false, error: { code: "BAD_PAYLOAD" } });
    // No student learned anything of the game through the question before the reveal.
    for (const s of students) {
      const views = s.c.packets.filter((p) => p.event === "class:student").map((p) => p.data as StudentView);
      expect(views.every((v) => v.question === null || v.question.reveal === null)).toBe(true);
    }

    expect(await host.request("class:presenter:reveal", auth)).toEqual({ ok: true });
    const revealed = (await host.waitFor(isDashboard((v) => v.presenter?.phase === "revealed"))).data as HostView;
    expect(revealed.presenter?.question?.reveal?.text).toMatch(/^What happened: Alice/);
    // Late: after the reveal, answers are refused.
    expect(await answer(s2, questionId, "act")).toMatchObject({ ok: false, error: { code: "QUESTION_CLOSED" } });
    const told = (await s1.c.waitFor(isStudentView((v) => v.question?.reveal !== null && v.question?.reveal !== undefined))).data as StudentView;
    expect(told.question).toMatchObject({ open: false, yourAnswer: "wait", reveal: { text: revealed.presenter?.question?.reveal?.text, yourOutcome: expect.stringMatching(/^Waiting/) } });

    // Stepping on after the reveal; closing clears every phone's card.
    expect(await host.request("class:presenter:step", { ...auth, to: "next" })).toEqual({ ok: true, tick: 6 });
    expect(await host.request("class:presenter:close", auth)).toEqual({ ok: true });
    await s3.c.waitFor(isStudentView((v) => v.question === null && s3.c.packets.some((p) => p.event === "class:student" && (p.data as StudentView).question?.reveal)));
    await host.waitFor(isDashboard((v) => v.presenter === null));
    // Students never received the dashboard, nor the chosen game's id through the presenter.
    for (const s of students) expect(s.c.packets.some((p) => p.event === "class:dashboard")).toBe(false);
  });

  it("refuses to present a round still running, or one without a game its students finished", async () => {
    const { host, auth } = await endedRound({ lossProbability: 0 }, 1);
    const started = await host.request("class:round:start", { ...auth, scenario: "lovers", params: {}, studentSeats: ["alice"], tickMs: 1000 });
    expect(started.ok).toBe(true);
    expect(await host.request("class:presenter:start", auth)).toMatchObject({ ok: false, error: { code: "ROUND_NOT_ENDED" } });
    // End now: bots finish the only game in the student's name, so there is nothing to present.
    expect(await host.request("class:round:end", auth)).toEqual({ ok: true });
    expect(await host.request("class:presenter:start", auth)).toMatchObject({ ok: false, error: { code: "NOTHING_TO_PRESENT" } });
  });

  it("before the reveal, a student's packets are the same whichever game was chosen (the lucky night is hidden)", async () => {
    // Two sessions that differ only in what the students may not know: whether the night is lucky.
    // The students play Bob; the bot Alice texts every hour, and on the unlucky night most texts are lost.
    const runs = await Promise.all(
      [false, true].map(async (luckyNight) => {
        const { host, auth, students } = await endedRound({ lossProbability: 0.6, luckyNight }, 1, "bob");
        const s = students[0];
        const from = s.c.packets.length;
        const start = await host.request<{ gameId: string }>("class:presenter:start", auth);
        if (!start.ok) throw new Error(start.error.code);
        await host.request("class:presenter:step", { ...auth, to: 4 });
        const asked = await host.request<{ questionId: string }>("class:presenter:ask", auth);
        if (!asked.ok) throw new Error(asked.error.code);
        await s.c.waitFor(isStudentView((v) => v.question?.id === asked.questionId));
        await s.c.request("class:answer", { sessionId: auth.sessionId, studentToken: s.grant.studentToken, questionId: asked.questionId, option: "wait" });
        await s.c.waitFor(isStudentView((v) => v.question?.yourAnswer === "wait"));
        const before = s.c.packets.slice(from);
        await host.request("class:presenter:reveal", auth);
        const after = await s.c.waitFor(isStudentView((v) => Boolean(v.question?.reveal)));
        // Mask what differs between any two sessions whatever their games: ids, tokens, times, names.
        const g = s.grant;
        const seated = (after.data as StudentView);
        const secrets = [g.sessionId, g.studentId, g.studentToken, seated.code, seated.game?.gameId, seated.game?.seatToken].filter((x): x is string => Boolean(x));
        const mask = (packets: Packet[]) => {
          let text = JSON.stringify(packets);
          for (const secret of secrets) text = text.split(secret).join("<id>");
          return text.replace(/"(startedAt|endedAt|pausedMs)":\d+/g, '"$1":0');
        };
        return { before: mask(before), reveal: (after.data as StudentView).question?.reveal };
      }),
    );
    expect(runs[0].before).toContain("Would you go to the date now?");
    expect(runs[0].before).not.toContain("luckyNight");
    expect(runs[1].before).toBe(runs[0].before);
    // The games differed in what was hidden (the reveal tells it), the packets before it did not.
    expect(runs[1].reveal?.text).not.toBe(runs[0].reveal?.text);
  });
});
