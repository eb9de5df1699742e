/**
 * The driver adapter the Prisma CLI (migrate deploy / diff / dev) uses on PostgreSQL.
 *
 * Why not a plain PrismaPg: the schema engine reads the catalogs (pg_namespace, pg_class…),
 * whose names are of type `name` (and kinds of type "char"), and @prisma/adapter-pg 6.19.3 refuses them ("Column type
 * 'name' could not be deserialized"). Both are text to every reader, so such result columns
 * are announced as text (arrays as text[]) before the adapter looks. The app's own client
 * never reads catalogs and uses the plain adapter (server/storage/provider.ts).
 */
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";

const TEXT = 25;
const TEXT_ARRAY = 1009;
/** Catalog-only types read as text: name, "char" (and their arrays). */
const AS_TEXT: Record<number, number> = { 19: TEXT, 18: TEXT, 1003: TEXT_ARRAY, 1002: TEXT_ARRAY };

type Fields = { fields?: { dataTypeID: number }[] };

function nameAsText<R>(result: R): R {
  for (const field of (result as Fields | undefined)?.fields ?? []) {
    field.dataTypeID = AS_TEXT[field.dataTypeID] ?? field.dataTypeID;
  }
  return result;
}

class CatalogClient extends pg.Client {
  // pg's query has many overloads; both the promise form (the adapter) and the callback form
  // (pg.Pool#query) go through here.
  override query(...args: unknown[]): never {
    const last = args.length - 1;
    const callback = args[last];
    if (typeof callback === "function") {
      args[last] = (error: unknown, result: unknown) => callback(error, error ? result : nameAsText(result));
    }
    const out = (super.query as (...a: unknown[]) => unknown)(...args);
    return (out instanceof Promise ? out.then(nameAsText) : out) as never;
  }
}

/** PrismaPg for the CLI, over a pool whose clients report `name` columns as text. */
export function cliPostgresAdapter(connectionString: string): PrismaPg {
  // allowExitOnIdle: otherwise idle pooled connections keep the CLI alive for pg's 10 s idle timeout.
  return new PrismaPg(new pg.Pool({ connectionString, Client: CatalogClient, allowExitOnIdle: true, idleTimeoutMillis: 100 }), { disposeExternalPool: true });
}
