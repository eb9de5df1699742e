/**
 * The Falcon scenario's own refusal codes (shared ones: ../result.ts). None clashes with another
 * scenario's code of a different meaning. Until the scenario is registered, its reducer returns
 * these through FalconResult (result.ts here), shaped like ../result.ts ReduceResult.
 */
export const FALCON_ERROR_CODES = ["NO_SPY", "SPY_BUSY", "NO_BUDGET_LEFT", "FAULT_NOT_ALLOWED", "PAST_HORIZON", "FAULT_ACTIVE"] as const;
