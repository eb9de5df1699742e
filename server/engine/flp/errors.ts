/** The FLP scenario's own refusal codes (shared ones: ../result.ts). */
export const FLP_ERROR_CODES = ["NO_SUCH_MESSAGE", "PROCESS_CRASHED", "UNFAIR", "NO_CRASH_LEFT", "WRONG_MODE"] as const;
