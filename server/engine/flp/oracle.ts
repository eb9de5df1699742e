/**
 * One valency oracle per protocol for the whole server, shared by every game and bot: what is
 * reachable from a configuration depends only on the protocol, so a configuration settled in one
 * game is settled for all (memoised across games, not just within one).
 *
 * Determinism: a search that passed its limit would answer "unknown" depending on what earlier
 * games had settled. For n = 3 every offered protocol's whole reachable graph is far below the
 * limit (oracle.test.ts checks it), so no query is ever cut off and every answer is the same
 * whatever ran before.
 */
import { EvidenceMemo } from "./evidence";
import { initialConfiguration, type Bit } from "./model";
import { FLP_PROTOCOLS, protocolById } from "./protocols";
import { ValencyOracle } from "./valency";

const ORACLES = new Map<string, ValencyOracle<unknown, unknown>>();
const EVIDENCE = new Map<string, EvidenceMemo<unknown, unknown>>();

export function sharedOracle(protocolId: string): ValencyOracle<unknown, unknown> {
  let oracle = ORACLES.get(protocolId);
  if (!oracle) {
    oracle = new ValencyOracle(protocolById(protocolId));
    ORACLES.set(protocolId, oracle);
  }
  return oracle;
}

/** The shortest schedules to each decision, remembered across games like the valencies. */
export function sharedEvidence(protocolId: string): EvidenceMemo<unknown, unknown> {
  let memo = EVIDENCE.get(protocolId);
  if (!memo) {
    memo = new EvidenceMemo(protocolById(protocolId));
    EVIDENCE.set(protocolId, memo);
  }
  return memo;
}

/**
 * Every protocol's shared oracle settled from all its initial configurations, in slices that end
 * when `pause()` says so (the server's: after a few milliseconds). The server runs it after it listens, so that no
 * game's first query searches the whole graph on the request path (140–400 ms for the majority lock in a fresh process).
 */
export function* warmSharedOracles(pause: () => boolean, n = 3): Generator<void, void> {
  for (const protocol of FLP_PROTOCOLS) {
    const starts = Array.from({ length: 1 << n }, (_, k) => initialConfiguration(protocol, Array.from({ length: n }, (_, i) => ((k >> i) & 1) as Bit)));
    yield* sharedOracle(protocol.id).warm(starts, pause);
  }
}
