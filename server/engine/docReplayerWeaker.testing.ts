/**
 * A weaker-agreement replayer written from docs/trace-format.md alone ("Events (weaker
 * agreement)", "When weaker agreement draws") and docs/protocol.md's weaker-agreement params: it
 * rebuilds a game's events from (params, seed, inputs) without the engine. docReplayWeaker.test.ts
 * compares it with the engine.
 */
import { DocGenerator } from "./docReplayer.testing";
import { docBotRng, docClock, drawInt, replayInputs } from "../testing/docAdversaryReplay";

type Json = Record<string, unknown>;

interface Msg {
  id: number;
  from: number;
  to: number;
  round: number | null;
  value: number;
  sentAt: number;
}

interface Proc {
  input: number;
  chosen: boolean;
  stepped: boolean;
  value: number;
  round: number;
  decided: number | null;
  received: Msg[];
}


/** The events of a weaker-agreement game, `seq` included. Processes are 1..n throughout. */
export function replayWeakerFromDocs(params: Json, seed: number, inputs: readonly Json[]): Json[] {
  const kset = params.problem === "kset";
  const n = params.n as number;
  const f = params.f as number;
  const k = params.k as number;
  const eps = params.epsilon as number;
  const lo = params.lo as number;
  const hi = params.hi as number;
  const bound = (params.bound as number | undefined) ?? 3 * n * n;
  const rng = new DocGenerator(seed);
  let values = params.inputs as number[] | undefined;
  if (!values) {
    values = [];
    if (kset) {
      const list = [1, 2, 3, 4, 5, 6, 7, 8, 9];
      for (let p = 0; p < n; p++) values.push(list.splice(drawInt(rng, 0, list.length - 1), 1)[0]);
    } else for (let p = 0; p < n; p++) values.push(Math.min(hi, Math.round((lo + rng.float() * (hi - lo)) * 10) / 10));
  }
  let R = 0;
  while ((hi - lo) / 2 ** R > eps) R++;
  const procs: Proc[] = values.map((v, i) => ({ input: v, chosen: kset && i < k, stepped: false, value: v, round: 1, decided: null, received: [] }));
  const buffer: Msg[] = [];
  const crashed = new Set<number>();
  let nextId = 1;
  let steps = 0;
  const clock = docClock();
  const events: Json[] = [{ type: "start", tick: 0 }];
  const live = (p: number) => !crashed.has(p);

  const send = (from: number, to: number, round: number | null, value: number, emit: boolean) => {
    const m: Msg = { id: nextId++, from, to, round, value, sentAt: steps };
    buffer.push(m);
    if (emit) events.push({ type: "send", tick: clock.tick, step: steps, messageId: m.id, from, to, round, value });
  };
  if (!kset) for (let p = 1; p <= n; p++) for (let to = 1; to <= n; to++) send(p, to, 1, values[p - 1], false);

  const inFlight = () => buffer.filter((m) => live(m.to)).sort((a, b) => a.id - b.id);
  const unstepped = () => procs.flatMap((p, i) => (p.chosen && !p.stepped && live(i + 1) ? [i + 1] : []));
  const obligations = () => [...unstepped().map((p) => ({ kind: "step" as const, p, since: 0, id: 0 })), ...inFlight().map((m) => ({ kind: "deliver" as const, p: m.to, since: m.sentAt, id: m.id }))];
  const decisions = () => procs.flatMap((p) => (p.decided === null ? [] : [p.decided]));

  function afterMove() {
    clock.idle = 0;
    if (procs.every((p, i) => p.decided !== null || !live(i + 1))) {
      const d = decisions();
      const ok = kset ? new Set(d).size <= k && d.every((v) => values!.includes(v)) : Math.max(...d) - Math.min(...d) <= eps + 1e-9 && d.every((v) => v >= Math.min(...values!) - 1e-9 && v <= Math.max(...values!) + 1e-9);
      end(ok ? "agreed" : "violated");
    } else if (obligations().length === 0) end("blocked");
  }
  function end(outcome: string) {
    events.push({ type: "end", tick: clock.tick, outcome, inputs: values!.slice() });
    clock.over = true;
  }

  function step(p: number, by: string) {
    steps++;
    const me = procs[p - 1];
    me.stepped = true;
    events.push({ type: "step", tick: clock.tick, step: steps, process: p, by });
    for (let to = 1; to <= n; to++) if (to !== p) send(p, to, null, me.input, true);
    me.decided = me.input;
    events.push({ type: "decide", tick: clock.tick, step: steps, process: p, value: me.input });
    afterMove();
  }

  function deliver(id: number, by: string) {
    const m = buffer.splice(buffer.findIndex((b) => b.id === id), 1)[0];
    steps++;
    events.push({ type: "deliver", tick: clock.tick, step: steps, messageId: m.id, from: m.from, to: m.to, by });
    const p = procs[m.to - 1];
    if (kset) {
      if (!p.chosen && p.decided === null) {
        p.decided = m.value;
        events.push({ type: "decide", tick: clock.tick, step: steps, process: m.to, value: m.value });
      }
    } else {
      p.received.push(m);
      while (p.decided === null) {
        const these = p.received.filter((r) => r.round === p.round).slice(0, n - f);
        if (these.length < n - f) break;
        const vs = these.map((r) => r.value);
        p.value = (Math.min(...vs) + Math.max(...vs)) / 2;
        events.push({ type: "average", tick: clock.tick, step: steps, process: m.to, round: p.round, from: these.map((r) => r.from), value: p.value });
        if (p.round === R) {
          p.decided = p.value;
          p.round++;
          events.push({ type: "decide", tick: clock.tick, step: steps, process: m.to, value: p.value });
        } else {
          p.round++;
          for (let to = 1; to <= n; to++) send(m.to, to, p.round, p.value, true);
        }
      }
    }
    afterMove();
  }

  function crash(p: number) {
    steps++;
    crashed.add(p);
    events.push({ type: "crash", tick: clock.tick, step: steps, process: p });
    afterMove();
  }

  const serve = (o: { kind: "step" | "deliver"; p: number; id: number }, by: string) => (o.kind === "step" ? step(o.p, by) : deliver(o.id, by));

  const botRng = docBotRng(seed);
  function botMove() {
    const first = obligations()[0];
    if (first && steps - first.since >= bound) return serve(first, "adversary");
    const bot = (params.bot as string | undefined) ?? (kset ? "blocker" : "spreader");
    if (kset && bot === "blocker") {
      const un = unstepped();
      if (un.length > 0 && !procs.some((p) => p.stepped) && f - crashed.size >= un.length) return crash(un[0]);
      if (un.length > 0) return step(un[0], "adversary");
      const count = (v: number) => procs.filter((p) => p.decided === v).length;
      let best: Msg | null = null;
      for (const m of inFlight()) if (procs[m.to - 1].decided === null && (!best || count(m.value) < count(best.value))) best = m;
      const pick = best ?? inFlight()[0];
      if (pick) deliver(pick.id, "adversary");
      return;
    }
    if (kset) {
      const moves: (() => void)[] = [...unstepped().map((p) => () => step(p, "adversary")), ...inFlight().map((m) => () => deliver(m.id, "adversary"))];
      if (moves.length === 0) return;
      if (crashed.size < f) for (let p = 1; p <= n; p++) if (live(p)) moves.push(() => crash(p));
      return moves[drawInt(botRng, 0, moves.length - 1)]();
    }
    if (bot === "spreader") {
      const undecided = procs.filter((p, i) => live(i + 1) && p.decided === null).map((p) => p.value);
      const middle = (Math.min(...undecided) + Math.max(...undecided)) / 2;
      let best: Msg | null = null;
      let bestKey = Infinity;
      for (const m of inFlight()) {
        const p = procs[m.to - 1];
        if (p.decided !== null || m.round !== p.round) continue;
        const key = p.value <= middle ? m.value : -m.value;
        if (key < bestKey) [best, bestKey] = [m, key];
      }
      return deliver((best ?? inFlight()[0]).id, "adversary");
    }
    const u = botRng.float();
    if (crashed.size < f && u < 0.05) {
      const alive = Array.from({ length: n }, (_, i) => i + 1).filter(live);
      return crash(alive[drawInt(botRng, 0, alive.length - 1)]);
    }
    const list = inFlight();
    deliver(list[drawInt(botRng, 0, list.length - 1)].id, "adversary");
  }

  replayInputs(inputs, params, clock, {
    play: (input) => {
      if (input.type === "deliver") deliver(input.messageId as number, "adversary");
      else if (input.type === "step") step(input.process as number, "adversary");
      else if (input.type === "crash") crash(input.process as number);
      else return false;
      return true;
    },
    end,
    botMove,
    hasOldest: () => obligations().length > 0,
    serveOldest: () => serve(obligations()[0], "network"),
  });
  return events.map((e, seq) => ({ seq, ...e }));
}
