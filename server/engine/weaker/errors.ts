/**
 * The weaker-agreement scenario's own refusal codes (shared ones: ../result.ts). Every one has the
 * same meaning as FLP's (and Ben-Or's) code of the same name, so ENGINE_ERROR_CODES lists each once
 * (scenarios.ts).
 */
export const WEAKER_ERROR_CODES = ["NO_SUCH_MESSAGE", "PROCESS_CRASHED", "UNFAIR", "NO_CRASH_LEFT"] as const;
