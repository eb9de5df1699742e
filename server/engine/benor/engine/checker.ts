/**
 * Ben-Or's three properties, checked over a final state (pure): agreement (no two processes decide
 * differently), validity (a decided value is some process's input) and termination (every process
 * that has not crashed has decided). Crashed processes count for agreement and validity too: what
 * they decided before crashing was decided.
 */
import type { Bit } from "../../flp/model";
import { isCrashed, type BenOrAdversaryView } from "./game";

export interface BenOrVerdict {
  agreement: { ok: boolean; values: Bit[] };
  validity: { ok: boolean; invalid: Bit[] };
  termination: { ok: boolean; undecided: number[] };
  ok: boolean;
}

export function checkBenOr(s: BenOrAdversaryView): BenOrVerdict {
  const values = [...new Set(s.processes.flatMap((p) => (p.decided === null ? [] : [p.decided])))].sort();
  const invalid = values.filter((v) => !s.inputs.includes(v));
  const undecided = s.processes.flatMap((p, pid) => (p.decided === null && !isCrashed(s, pid) ? [pid] : []));
  const agreement = { ok: values.length <= 1, values };
  const validity = { ok: invalid.length === 0, invalid };
  const termination = { ok: undecided.length === 0, undecided };
  return { agreement, validity, termination, ok: agreement.ok && validity.ok && termination.ok };
}
