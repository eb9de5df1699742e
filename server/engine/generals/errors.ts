/** Engine error codes only Two Generals refuses with (beyond result.ts's shared ones). */
export const GENERALS_ERROR_CODES = ["UNKNOWN_MESSENGER"] as const;
