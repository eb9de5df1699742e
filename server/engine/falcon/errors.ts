/**
 * The Falcon scenario's own refusal codes (shared ones: ../result.ts). None clashes with another
 * scenario's code of a different meaning; ENGINE_ERROR_CODES (../scenarios.ts) lists them.
 */
export const FALCON_ERROR_CODES = ["NO_SPY", "SPY_BUSY", "NO_BUDGET_LEFT", "FAULT_NOT_ALLOWED", "PAST_HORIZON", "FAULT_ACTIVE"] as const;
