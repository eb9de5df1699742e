/** One structured logger for the server. Quiet under tests unless LOG_LEVEL says otherwise. */
import { pino } from "pino";

export function createLogger(level = process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info")) {
  return pino({ level, base: undefined });
}
