/**
 * A wrapper around Prisma's better-sqlite3 driver adapter that keeps one failed write from
 * wedging every later one, and lets tests inject storage faults.
 *
 * Why: the adapter takes a mutex in `startTransaction` and releases it only in the transaction's
 * `commit()` / `rollback()`. Prisma runs the SQL `COMMIT` first and calls `commit()` only if that
 * statement succeeded; when `COMMIT` fails (disk full, read-only journal, busy), neither is ever
 * called, the mutex stays held, and every later transaction waits for it forever. Here a failed
 * `COMMIT` or `ROLLBACK` rolls back what it can and always releases the transaction.
 * The PostgreSQL adapter is wrapped too: its `commit()` / `rollback()` only return the pooled
 * connection, so releasing after a failed `COMMIT` is as right there (faults are SQLite-shaped).
 */
import type { SqlDriverAdapter, SqlDriverAdapterFactory, SqlQuery, Transaction } from "@prisma/driver-adapter-utils";

/** A fault to inject: every matching statement fails with this SQLite code until cleared. */
export interface StorageFault {
  /** e.g. "SQLITE_READONLY", "SQLITE_FULL", "SQLITE_IOERR". */
  code: string;
  /**
   * "write": every INSERT/UPDATE/DELETE and COMMIT fails. "commit": a transaction's statements
   * succeed and its COMMIT fails (data reaches the disk at commit); single writes outside a
   * transaction fail too, since they commit at once.
   */
  at: "write" | "commit";
}

const faults = new Map<string, StorageFault>();

/** Make the database at `url` fail as described (null clears). For tests and drills only. */
export function setStorageFault(url: string, fault: StorageFault | null): void {
  if (fault) faults.set(url, fault);
  else faults.delete(url);
}

const MESSAGES: Record<string, string> = {
  SQLITE_READONLY: "attempt to write a readonly database",
  SQLITE_FULL: "database or disk is full",
  SQLITE_IOERR: "disk I/O error",
};

/** Shaped like better-sqlite3's SqliteError, so Prisma reports it as it would a real one. */
class InjectedSqliteError extends Error {
  constructor(readonly code: string) {
    super(MESSAGES[code] ?? code.toLowerCase());
    this.name = "SqliteError";
  }
}

const WRITE = /^\s*(insert|update|delete|replace|commit)\b/i;
const COMMIT = /^\s*commit\b/i;

function check(url: string, query: SqlQuery, inTransaction: boolean): void {
  const fault = faults.get(url);
  if (!fault) return;
  if ((fault.at === "commit" && inTransaction ? COMMIT : WRITE).test(query.sql)) throw new InjectedSqliteError(fault.code);
}

/** Wraps `factory` (built for `url`) with the transaction-release fix and the fault hook. */
export function resilientAdapter(url: string, factory: SqlDriverAdapterFactory): SqlDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    async connect() {
      return wrapAdapter(url, await factory.connect());
    },
  };
}

function wrapAdapter(url: string, inner: SqlDriverAdapter): SqlDriverAdapter {
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    queryRaw: async (query) => (check(url, query, false), inner.queryRaw(query)),
    executeRaw: async (query) => (check(url, query, false), inner.executeRaw(query)),
    executeScript: (script) => inner.executeScript(script),
    getConnectionInfo: inner.getConnectionInfo?.bind(inner),
    dispose: () => inner.dispose(),
    async startTransaction(isolationLevel) {
      return wrapTransaction(url, await inner.startTransaction(isolationLevel));
    },
  };
}

function wrapTransaction(url: string, tx: Transaction): Transaction {
  let released = false;
  const release = async () => {
    if (released) return;
    released = true;
    await tx.rollback(); // for this adapter: only unlocks; the SQL has been run (or attempted)
  };
  const run = async <T>(query: SqlQuery, exec: () => Promise<T>): Promise<T> => {
    try {
      check(url, query, true);
      return await exec();
    } catch (error) {
      if (/^\s*(commit|rollback)\b/i.test(query.sql)) {
        // The transaction is over either way: undo what SQLite still holds, then unlock.
        if (COMMIT.test(query.sql)) await tx.executeRaw({ sql: "ROLLBACK", args: [], argTypes: [] }).catch(() => undefined);
        await release();
      }
      throw error;
    }
  };
  return {
    provider: tx.provider,
    adapterName: tx.adapterName,
    options: tx.options,
    queryRaw: (query) => run(query, () => tx.queryRaw(query)),
    executeRaw: (query) => run(query, () => tx.executeRaw(query)),
    async commit() {
      if (released) return;
      released = true;
      await tx.commit();
    },
    rollback: release,
  };
}
