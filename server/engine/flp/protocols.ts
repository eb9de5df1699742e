/**
 * The protocols the FLP scenario offers, each deterministic, with finite reachable state spaces
 * (every process sends each message at most once: the notes' one-time assumption). Their claims
 * are checked by exhaustive search in protocols.test.ts, never taken on trust.
 *
 * FLP says no protocol here can be safe, tolerate a crash and always terminate; each gives up one.
 */
import type { Bit, Protocol, StepResult } from "./model";
import { FLP_PROTOCOL_WORDS } from "./protocolWords";

const others = (pid: number, n: number) => Array.from({ length: n }, (_, q) => q).filter((q) => q !== pid);
const majority = (n: number) => Math.floor(n / 2) + 1;

/** Every process's first step, whatever it receives, sends its input to every other process. */
interface Started {
  input: Bit;
  started: boolean;
  decided: Bit | null;
}

// ---------------------------------------------------------------------------------------------
// Majority lock: safe; a well-timed crash leaves it undecided forever.

export interface LockLocal extends Started {
  /** The value this process locked: the first input it heard from another process. */
  lock: Bit | null;
  /** How many locks on 0 and on 1 this process knows of, its own included. */
  locks: [number, number];
}
export type LockBody = { kind: "input"; value: Bit } | { kind: "lock"; value: Bit };

export const majorityLock: Protocol<LockLocal, LockBody> = {
  id: "majority-lock",
  ...FLP_PROTOCOL_WORDS["majority-lock"],
  claims: { safe: true, toleratesOneCrash: false },
  init: (_pid, _n, input) => ({ input, started: false, decided: null, lock: null, locks: [0, 0] }),
  step(pid, n, local, message) {
    const next: LockLocal = { ...local, locks: [local.locks[0], local.locks[1]] };
    const sends: StepResult<LockLocal, LockBody>["sends"] = [];
    if (!next.started) {
      next.started = true;
      for (const q of others(pid, n)) sends.push({ to: q, body: { kind: "input", value: local.input } });
    }
    if (message?.body.kind === "input" && next.lock === null) {
      next.lock = message.body.value;
      next.locks[next.lock]++;
      for (const q of others(pid, n)) sends.push({ to: q, body: { kind: "lock", value: next.lock } });
    } else if (message?.body.kind === "lock") {
      next.locks[message.body.value]++;
    }
    if (next.decided === null) {
      for (const v of [0, 1] as const) if (next.locks[v] >= majority(n)) next.decided = v;
    }
    return { local: next, sends };
  },
  decision: (local) => local.decided,
  label: (body) => `${body.kind} ${body.value}`,
  facts: (local) => [
    ["input", String(local.input)],
    ["sent input", local.started ? "yes" : "no"],
    ["lock", local.lock === null ? "–" : String(local.lock)],
    ["locks 0 : 1", `${local.locks[0]} : ${local.locks[1]}`],
  ],
};

// ---------------------------------------------------------------------------------------------
// Wait for n − 1: tolerates a crash and always terminates, and so (FLP) it can disagree.

export interface QuorumLocal extends Started {
  /** The inputs this process knows, by process (its own from the start). */
  heard: (Bit | null)[];
}
export type InputBody = { kind: "input"; value: Bit };

/**
 * Exchange inputs, then decide the majority of the inputs known (0 on a tie) once at least
 * `quorum(n)` are known, its own included.
 */
function inputQuorum(about: Pick<Protocol<QuorumLocal, InputBody>, "id" | "title" | "summary" | "claims">, quorum: (n: number) => number): Protocol<QuorumLocal, InputBody> {
  return {
    ...about,
    init: (pid, n, input) => ({ input, started: false, decided: null, heard: Array.from({ length: n }, (_, q) => (q === pid ? input : null)) }),
    step(pid, n, local, message) {
      const next: QuorumLocal = { ...local, heard: local.heard.slice() };
      const sends: StepResult<QuorumLocal, InputBody>["sends"] = [];
      if (!next.started) {
        next.started = true;
        for (const q of others(pid, n)) sends.push({ to: q, body: { kind: "input", value: local.input } });
      }
      if (message) next.heard[message.from] = message.body.value;
      const known = next.heard.filter((v): v is Bit => v !== null);
      if (next.decided === null && known.length >= quorum(n)) {
        const ones = known.filter((v) => v === 1).length;
        next.decided = ones * 2 > known.length ? 1 : 0;
      }
      return { local: next, sends };
    },
    decision: (local) => local.decided,
    label: (body) => `input ${body.value}`,
    facts: (local) => [
      ["input", String(local.input)],
      ["sent input", local.started ? "yes" : "no"],
      ["inputs known", local.heard.map((v) => (v === null ? "?" : String(v))).join(" ")],
    ],
  };
}

export const waitForNMinusOne = inputQuorum(
  {
    id: "wait-n-minus-1",
    ...FLP_PROTOCOL_WORDS["wait-n-minus-1"],
    claims: { safe: false, toleratesOneCrash: true },
  },
  (n) => n - 1,
);

// ---------------------------------------------------------------------------------------------
// Wait for all: safe and always decides without a crash, but one crash blocks it.

export const waitForAll = inputQuorum(
  {
    id: "wait-all",
    ...FLP_PROTOCOL_WORDS["wait-all"],
    claims: { safe: true, toleratesOneCrash: false },
  },
  (n) => n,
);

/** Every protocol offered, in menu order. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const FLP_PROTOCOLS: readonly Protocol<any, any>[] = [majorityLock, waitForNMinusOne, waitForAll];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function protocolById(id: string): Protocol<any, any> {
  const found = FLP_PROTOCOLS.find((p) => p.id === id);
  if (!found) throw new Error(`No FLP protocol ${id}`);
  return found;
}
