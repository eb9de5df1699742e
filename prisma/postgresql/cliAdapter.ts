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

const pool = (connectionString: string) =>
  // allowExitOnIdle: otherwise idle pooled connections keep the CLI alive for pg's idle timeout.
  new pg.Pool({ connectionString, Client: CatalogClient, allowExitOnIdle: true });

/**
 * PrismaPg for the CLI, over a pool whose clients report `name` columns as text. Its shadow
 * database (migrate dev, diff --from-migrations) is made here too: PrismaPg's own spreads the pool
 * options and swaps the database name, but the connection string wins over it, so the "shadow"
 * would be the real database.
 */
export function cliPostgresAdapter(connectionString: string): PrismaPg {
  const factory = new PrismaPg(pool(connectionString), { disposeExternalPool: true });
  factory.connectToShadowDb = async () => {
    const name = `prisma_shadow_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
    const admin = async (sql: string) => {
      const client = new pg.Client({ connectionString });
      await client.connect();
      await client.query(sql).finally(() => client.end());
    };
    await admin(`CREATE DATABASE "${name}"`);
    const url = new URL(connectionString);
    url.pathname = `/${name}`;
    const shadow = await new PrismaPg(pool(url.toString()), { disposeExternalPool: true }).connect();
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    };
    return shadow;
  };
  return factory;
}
