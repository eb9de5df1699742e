/**
 * A Ben-Or replayer written from docs/trace-format.md alone ("Events (Ben-Or)", "When Ben-Or
 * draws") and docs/protocol.md's Ben-Or params: it rebuilds a game's events from (params, seed,
 * inputs) without the engine. docReplayBenor.test.ts compares it with the engine.
 */
import { DocGenerator } from "./docReplayer.testing";
import { docBotRng, docClock, drawInt, replayInputs } from "../testing/docAdversaryReplay";

type Json = Record<string, unknown>;
type Bit = 0 | 1;

interface Msg {
  id: number;
  from: number;
  to: number;
  kind: "R" | "P";
  round: number;
  value: Bit | null;
  sentAt: number;
}

interface Proc {
  x: Bit;
  round: number;
  phase: "R" | "P";
  decided: Bit | null;
  decidedRound: number | null;
  halted: boolean;
  received: Msg[];
}

const bit = (rng: DocGenerator): Bit => (rng.float() < 0.5 ? 0 : 1);

/** The events of a Ben-Or game, `seq` included. Processes are 1..n throughout. */
export function replayBenorFromDocs(params: Json, seed: number, inputs: readonly Json[]): Json[] {
  const n = params.n as number;
  const f = params.f as number;
  const bound = (params.bound as number | undefined) ?? 3 * n * n;
  const rng = new DocGenerator(seed);
  const given = params.inputs as Bit[] | undefined;
  const bits: Bit[] = given ? given.slice() : Array.from({ length: n }, () => bit(rng));
  const procs: Proc[] = bits.map((b) => ({ x: b, round: 1, phase: "R", decided: null, decidedRound: null, halted: false, received: [] }));
  const buffer: Msg[] = [];
  const crashed = new Set<number>();
  let nextId = 1;
  let steps = 0;
  const clock = docClock();
  const events: Json[] = [{ type: "start", tick: 0 }];

  const broadcast = (from: number, kind: "R" | "P", round: number, value: Bit | null, emit: boolean) => {
    for (let to = 1; to <= n; to++) {
      const m: Msg = { id: nextId++, from, to, kind, round, value, sentAt: steps };
      buffer.push(m);
      if (emit) events.push({ type: "send", tick: clock.tick, step: steps, messageId: m.id, from, to, kind, round, value });
    }
  };
  for (let p = 1; p <= n; p++) broadcast(p, "R", 1, bits[p - 1], false);

  const deliverable = () => buffer.filter((m) => !crashed.has(m.to)).sort((a, b) => a.id - b.id);
  const allLiveDecided = () => procs.every((p, i) => p.decided !== null || crashed.has(i + 1));
  const end = (outcome: string) => {
    events.push({ type: "end", tick: clock.tick, outcome, inputs: bits.slice() });
    clock.over = true;
  };

  function deliver(id: number, by: "adversary" | "network") {
    const m = buffer.splice(buffer.findIndex((b) => b.id === id), 1)[0];
    steps++;
    events.push({ type: "deliver", tick: clock.tick, step: steps, messageId: m.id, from: m.from, to: m.to, by });
    const p = procs[m.to - 1];
    if (!p.halted) {
      p.received.push(m);
      if (m.kind === p.phase && m.round === p.round) {
        for (;;) {
          const values = p.received.filter((r) => r.kind === p.phase && r.round === p.round).slice(0, n - f).map((r) => r.value);
          if (values.length < n - f) break;
          const c = [values.filter((v) => v === 0).length, values.filter((v) => v === 1).length];
          if (p.phase === "R") {
            const v: Bit | null = 2 * c[0] > n ? 0 : 2 * c[1] > n ? 1 : null;
            broadcast(m.to, "P", p.round, v, true);
            p.phase = "P";
            if (p.decidedRound !== null && p.round === p.decidedRound + 1) {
              p.halted = true;
              events.push({ type: "halt", tick: clock.tick, step: steps, process: m.to, round: p.round });
              break;
            }
          } else {
            const decide = c[0] >= f + 1 ? 0 : c[1] >= f + 1 ? 1 : null;
            const adopt = c[0] >= 1 ? 0 : c[1] >= 1 ? 1 : null;
            if (decide !== null) {
              p.decided = decide;
              p.decidedRound = p.round;
              p.x = decide;
              events.push({ type: "decide", tick: clock.tick, step: steps, process: m.to, round: p.round, value: decide });
            } else if (adopt !== null) {
              p.x = adopt;
              events.push({ type: "adopt", tick: clock.tick, step: steps, process: m.to, round: p.round, value: adopt });
            } else {
              p.x = bit(rng);
              events.push({ type: "coin", tick: clock.tick, step: steps, process: m.to, round: p.round, value: p.x });
            }
            p.round++;
            p.phase = "R";
            broadcast(m.to, "R", p.round, p.x, true);
          }
        }
      }
    }
    clock.idle = 0;
    if (allLiveDecided()) end("decided");
  }

  function crash(process: number) {
    steps++;
    crashed.add(process);
    events.push({ type: "crash", tick: clock.tick, step: steps, process });
    clock.idle = 0;
    if (allLiveDecided()) end("decided");
  }

  const botRng = docBotRng(seed);
  function botMove() {
    const list = deliverable();
    const oldest = list[0];
    if (params.bot === "fifo" || (oldest && steps - oldest.sentAt >= bound)) return deliver(oldest.id, "adversary");
    if (params.bot !== "random") throw new Error("only the fifo and random bots are replayed from the docs");
    const u = botRng.float();
    if (crashed.size < f && u < 0.02) {
      const live = Array.from({ length: n }, (_, i) => i + 1).filter((p) => !crashed.has(p));
      return crash(live[drawInt(botRng, 0, live.length - 1)]);
    }
    deliver(list[drawInt(botRng, 0, list.length - 1)].id, "adversary");
  }

  replayInputs(inputs, params, clock, {
    play: (input) => {
      if (input.type === "deliver") deliver(input.messageId as number, "adversary");
      else if (input.type === "crash") crash(input.process as number);
      else return false;
      return true;
    },
    end,
    botMove,
    hasOldest: () => deliverable().length > 0,
    serveOldest: () => deliver(deliverable()[0].id, "network"),
  });
  return events.map((e, seq) => ({ seq, ...e }));
}
