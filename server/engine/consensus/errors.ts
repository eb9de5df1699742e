/** Engine error codes only consensus refuses with (beyond result.ts's shared ones). */
export const CONSENSUS_ERROR_CODES = ["UNKNOWN_MESSAGE", "CLASS_VIOLATION"] as const;
