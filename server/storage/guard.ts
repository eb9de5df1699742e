/**
 * Storage as the request path sees it: every call answers within a bounded time, and any failure
 * becomes a {@link StorageUnavailable}, which the socket edge answers as `STORAGE_UNAVAILABLE`.
 * A request never waits on a disk that has stopped answering.
 */
import type { Logger } from "pino";
import { withTimeout } from "../rooms/recorder";

/** A storage call failed or did not answer in time. */
export class StorageUnavailable extends Error {
  readonly code = "STORAGE_UNAVAILABLE";
  constructor(operation: string, cause: unknown) {
    super(`storage: ${operation} failed`, { cause });
    this.name = "StorageUnavailable";
  }
}

/** `target` with each method's promise bounded by `timeoutMs` and its failures logged and typed. */
export function guardStorage<T extends object>(target: T, log: Logger, timeoutMs = 3_000): T {
  return new Proxy(target, {
    get(object, key, receiver) {
      const value = Reflect.get(object, key, receiver);
      if (typeof value !== "function" || key === "close") return value;
      return (...args: unknown[]) => {
        const result = (value as (...a: unknown[]) => unknown).apply(object, args);
        if (!(result instanceof Promise)) return result;
        return withTimeout(result, timeoutMs).catch((err: unknown) => {
          log.error({ err, operation: String(key) }, "storage call failed");
          throw new StorageUnavailable(String(key), err);
        });
      };
    },
  });
}
