/**
 * The checker run on every consensus run: Agreement, Validity, Integrity, Termination, and
 * the failure-detector class recomputed from the suspicions. It reads a neutral history that
 * is built from the trace's events (what an outside checker sees) or from the final state.
 */
import type { ConsensusParams } from "./params";
import { DETECTOR_CLASSES, DETECTOR_NAMES, relayPeriod, relaysSuspicions, weaklyComplete, type DetectorClass } from "./terms";
import type { Bit, ConsensusEvent, ConsensusState } from "./types";

export interface RunHistory {
  n: number;
  inputs: Bit[];
  gst: number;
  /** Δ: completeness is due Δ ticks after a crash. */
  maxDelay: number;
  endTick: number;
  /**
   * `seq` orders crashes and suspicions within the run (the trace's event order). Accuracy is
   * judged by it, not by ticks: a suspicion logged before a crash in the same tick was a mistake.
   */
  crashes: { process: number; tick: number; seq: number; /** Its place among `relay.outputs`, when not the same numbering as `seq`. */ outputSeq?: number }[];
  decisions: { process: number; value: Bit; round: number; tick: number }[];
  suspicions: { tick: number; seq: number; process: number; target: number; on: boolean }[];
  /** The weak→strong completeness layer: null when off, else its period and the output changes (ordered like `suspicions`). */
  relay: { period: number; outputs: { tick: number; seq: number; process: number; target: number; on: boolean }[] } | null;
}

/**
 * How long the relay layer lags its module: every list a crashed process sent has arrived by
 * max(crash, GST) + Δ, the protected process relays its suspicion within the next period, and
 * that list arrives within Δ more. The same holds for a mistake withdrawn at GST.
 */
export const relayLag = (maxDelay: number, period: number): number => 2 * maxDelay + period - 1;

/** What the relay layer turns each weak class into. */
const STRENGTHENED: Partial<Record<DetectorClass, DetectorClass>> = { W: "S", EW: "ES" };

/** The verdict's line when a W or ◇W run without the layer left a correct process undecided. */
export const weakBlockReason = (c: DetectorClass): string =>
  `With ${DETECTOR_NAMES[c]} only some process must suspect a crash: a process can wait forever for a crashed coordinator that only another process suspects. Relaying suspect lists (strong completeness) closes that gap.`;

export interface DetectorVerdict {
  announced: DetectorClass;
  /** The strongest class the run's suspicions satisfy, or null if none. */
  observed: DetectorClass | null;
  /** The announced class's properties held. */
  ok: boolean;
  strongCompleteness: boolean;
  weakCompleteness: boolean;
  strongAccuracy: boolean;
  weakAccuracy: boolean;
  eventualStrongAccuracy: boolean;
  eventualWeakAccuracy: boolean;
}

export interface Verdict {
  agreement: { ok: boolean; values: Bit[] };
  validity: { ok: boolean };
  integrity: { ok: boolean; repeated: number[] };
  termination: { ok: boolean; lastDecisionTick: number | null; lastDecisionRound: number | null; undecided: number[]; why: string | null };
  detector: DetectorVerdict;
  /** With the relay layer: the transformed output's class (expected S from W, ◇S from ◇W). Null without it. */
  relayed: DetectorVerdict | null;
}

export function historyFromEvents(params: ConsensusParams, inputs: Bit[], events: readonly { type: string; tick: number }[]): RunHistory {
  const relay = relaysSuspicions(params) ? { period: relayPeriod(params), outputs: [] as NonNullable<RunHistory["relay"]>["outputs"] } : null;
  const h: RunHistory = { n: params.n, inputs, gst: params.gst, maxDelay: params.maxDelay, endTick: 0, crashes: [], decisions: [], suspicions: [], relay };
  events.forEach((raw, index) => {
    const e = raw as ConsensusEvent;
    // A trace's events carry their position; an engine's (unnumbered) are in order anyway.
    const seq = (raw as { seq?: number }).seq ?? index;
    h.endTick = Math.max(h.endTick, e.tick);
    if (e.type === "crash") h.crashes.push({ process: e.process, tick: e.tick, seq });
    else if (e.type === "decide") h.decisions.push({ process: e.process, value: e.value, round: e.round, tick: e.tick });
    else if (e.type === "suspect" || e.type === "unsuspect") h.suspicions.push({ tick: e.tick, seq, process: e.process, target: e.target, on: e.type === "suspect" });
    else if ((e.type === "output-suspect" || e.type === "output-unsuspect") && relay) relay.outputs.push({ tick: e.tick, seq, process: e.process, target: e.target, on: e.type === "output-suspect" });
  });
  return h;
}

export function historyFromState(state: ConsensusState): RunHistory {
  return {
    n: state.params.n,
    inputs: state.procs.map((p) => p.input),
    gst: state.params.gst,
    maxDelay: state.params.maxDelay,
    endTick: state.tick,
    // The state keeps no event numbers: suspicion i is ranked 2i + 1, and a crash that followed k
    // suspicions 2k, which orders them as the trace does.
    crashes: state.procs
      .filter((p) => p.crashedAt !== null)
      .map((p) => ({ process: p.id, tick: p.crashedAt as number, seq: 2 * (state.crashedAfter[p.id]?.[0] ?? 0), outputSeq: 2 * (state.crashedAfter[p.id]?.[1] ?? 0) }))
      .sort((a, b) => a.seq - b.seq),
    decisions: state.procs
      .filter((p) => p.decided !== null)
      .map((p) => ({ process: p.id, value: p.decided!.value, round: p.decided!.round, tick: p.decided!.tick }))
      .sort((a, b) => a.tick - b.tick || a.process - b.process),
    suspicions: state.suspicionLog.map(([tick, process, target, on], i) => ({ tick, seq: 2 * i + 1, process, target, on: on === 1 })),
    relay: relaysSuspicions(state.params)
      ? { period: relayPeriod(state.params), outputs: state.outputLog.map(([tick, process, target, on], i) => ({ tick, seq: 2 * i + 1, process, target, on: on === 1 })) }
      : null,
  };
}

export function checkRun(h: RunHistory, announced: DetectorClass): Verdict {
  const crashedAt = new Map(h.crashes.map((c) => [c.process, c.tick]));
  const correct: number[] = [];
  for (let p = 1; p <= h.n; p++) if (!crashedAt.has(p)) correct.push(p);
  const first = new Map<number, RunHistory["decisions"][number]>();
  const repeated: number[] = [];
  for (const d of h.decisions) {
    if (first.has(d.process)) repeated.push(d.process);
    else first.set(d.process, d);
  }
  const values = [...new Set(h.decisions.map((d) => d.value))].sort() as Bit[];
  const undecided = correct.filter((p) => !first.has(p));
  // The last decision: the latest tick, and within it the largest round (several may decide at once).
  const last = [...first.values()].reduce<RunHistory["decisions"][number] | null>((a, d) => (!a || d.tick > a.tick || (d.tick === a.tick && d.round > a.round) ? d : a), null);
  return {
    agreement: { ok: values.length <= 1, values },
    validity: { ok: h.decisions.every((d) => h.inputs.includes(d.value)) },
    integrity: { ok: repeated.length === 0, repeated },
    termination: {
      ok: undecided.length === 0, lastDecisionTick: last?.tick ?? null, lastDecisionRound: last?.round ?? null, undecided,
      why: undecided.length > 0 && weaklyComplete(announced) && !h.relay ? weakBlockReason(announced) : null,
    },
    // The module is held to the announced class: completeness due Δ after a crash, eventual accuracy from GST.
    detector: checkDetector(h, h.suspicions, announced, correct, crashedAt, h.gst, (c) => c.tick + h.maxDelay, (c) => c.seq),
    relayed: relayedVerdict(h, announced, correct, crashedAt),
  };
}

/** The layer's output, judged as its stronger class with everything late by the layer's lag. */
function relayedVerdict(h: RunHistory, announced: DetectorClass, correct: number[], crashedAt: Map<number, number>): DetectorVerdict | null {
  if (!h.relay) return null;
  const lag = relayLag(h.maxDelay, h.relay.period);
  const expected = STRENGTHENED[announced] ?? announced;
  return checkDetector(h, h.relay.outputs, expected, correct, crashedAt, h.gst + lag, (c) => Math.max(c.tick, h.gst) + lag, (c) => c.outputSeq ?? c.seq);
}

type Crash = RunHistory["crashes"][number];

function checkDetector(
  h: RunHistory,
  suspicions: RunHistory["suspicions"],
  announced: DetectorClass,
  correct: number[],
  crashedAt: Map<number, number>,
  gst: number,
  dueBy: (c: Crash) => number,
  crashOrder: (c: Crash) => number,
): DetectorVerdict {
  const crashSeq = new Map(h.crashes.map((c) => [c.process, crashOrder(c)]));
  // Replay the suspicions: the set at the end, who was ever wrongly suspected, and by GST.
  const key = (p: number, q: number) => p * 8 + q;
  const now = new Set<number>();
  const everSuspected = new Set<number>(); // targets suspected while they had not crashed
  const suspectedAfterGst = new Set<number>(); // correct targets suspected by a correct process at or after GST
  const isCorrect = (p: number) => !crashedAt.has(p);
  let wrongBeforeCrash = false;
  const settle = (upTo: number, events: RunHistory["suspicions"]) => events.filter((e) => e.tick <= upTo);
  for (const e of suspicions) {
    if (e.on) now.add(key(e.process, e.target));
    else now.delete(key(e.process, e.target));
    // Alive when suspected: no crash event before this one (same tick or not).
    const alive = !crashSeq.has(e.target) || e.seq < (crashSeq.get(e.target) as number);
    if (e.on && alive) {
      wrongBeforeCrash = true;
      everSuspected.add(e.target);
    }
    if (e.on && e.tick > gst && isCorrect(e.process) && isCorrect(e.target)) suspectedAfterGst.add(e.target);
  }
  // At GST itself, what is still suspected once that tick's corrections are made. A run that
  // ended before GST never reached the time eventual accuracy speaks of.
  if (h.endTick >= gst) {
    const atGst = new Set<number>();
    for (const e of settle(gst, suspicions)) {
      if (e.on) atGst.add(key(e.process, e.target));
      else atGst.delete(key(e.process, e.target));
    }
    for (const p of correct) for (const q of correct) if (atGst.has(key(p, q))) suspectedAfterGst.add(q);
  }

  // Completeness is due some time after a crash; a crash too close to the end is not yet judged.
  const due = h.crashes.filter((c) => dueBy(c) <= h.endTick);
  const strongCompleteness = due.every((c) => correct.every((p) => now.has(key(p, c.process))));
  const weakCompleteness = due.every((c) => correct.some((p) => now.has(key(p, c.process))));
  const strongAccuracy = !wrongBeforeCrash;
  const weakAccuracy = correct.some((q) => !everSuspected.has(q));
  const eventualStrongAccuracy = correct.every((q) => !suspectedAfterGst.has(q));
  const eventualWeakAccuracy = correct.some((q) => !suspectedAfterGst.has(q));

  const holds: Record<DetectorClass, boolean> = {
    P: strongCompleteness && strongAccuracy,
    EP: strongCompleteness && eventualStrongAccuracy,
    S: strongCompleteness && weakAccuracy,
    ES: strongCompleteness && eventualWeakAccuracy,
    W: weakCompleteness && weakAccuracy,
    EW: weakCompleteness && eventualWeakAccuracy,
  };
  return {
    announced,
    observed: DETECTOR_CLASSES.find((c) => holds[c]) ?? null,
    ok: holds[announced],
    strongCompleteness,
    weakCompleteness,
    strongAccuracy,
    weakAccuracy,
    eventualStrongAccuracy,
    eventualWeakAccuracy,
  };
}

/** Every property held (Termination included). */
export const allHeld = (v: Verdict): boolean => v.agreement.ok && v.validity.ok && v.integrity.ok && v.termination.ok && v.detector.ok;
/** The safety properties held: a run can end undecided and still be safe. */
export const safe = (v: Verdict): boolean => v.agreement.ok && v.validity.ok && v.integrity.ok;
