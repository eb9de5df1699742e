/**
 * Sockets across nodes (`REDIS_URL`): socket.io's Redis Streams adapter, so an event sent to a
 * room reaches that room's sockets on every node, and a connection that drops and comes back on
 * another node within the recovery window gets the events it missed (connection state recovery
 * keeps its sessions and packets in Redis).
 *
 * Faults: the publishing client has no offline queue, so while Redis is away a broadcast fails at
 * once and socket.io still delivers it to this node's own sockets (the adapter's fallback);
 * `GET /api/health` says `redis` is failing. The reading clients wait and resume where they were.
 */
import { createAdapter } from "@socket.io/redis-streams-adapter";
import type { Logger } from "pino";
import { createClient, type RedisClientOptions } from "redis";

export interface RedisHealth {
  ok: boolean;
  lastError: string | null;
  /** When the current run of failures began (ISO), or null. */
  since: string | null;
  /**
   * The nodes subscribed to this Redis, this one included (added by the server, which has the
   * adapter); null when Redis did not answer in time.
   */
  nodes?: number | null;
}

/** `REDIS_URL` is set but Redis cannot be reached at start: the server refuses to start. */
export class RedisUnreachable extends Error {}

export interface RedisLink {
  /** For `io.adapter(...)`. */
  adapter: ReturnType<typeof createAdapter>;
  health(): RedisHealth;
  /** Whether a client listens on this channel (named after the prefix). */
  listens(channel: string): Promise<boolean>;
  /** After `io.close()`: writes what is queued (the sessions to recover), then closes every client. */
  close(): Promise<void>;
}

type Client = ReturnType<typeof createClient>;

/** How long `close()` waits for queued writes before it drops the connections. */
const CLOSE_BUDGET_MS = 1_000;
/** At start: this many failed attempts and `RedisUnreachable`. */
const START_ATTEMPTS = 3;

/** The URL without its credentials, for messages and logs. */
export function redisLabel(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.hostname}${u.port ? `:${u.port}` : ""}${u.pathname === "/" ? "" : u.pathname}`;
  } catch {
    return "(an unreadable URL)";
  }
}

/**
 * Connects to Redis (or throws `RedisUnreachable`) and returns the adapter and its health.
 * `prefix` names the stream, the channels and the session keys (tests give each run its own).
 */
export async function connectRedis(url: string, log: Logger, options: { prefix?: string } = {}): Promise<RedisLink> {
  const label = redisLabel(url);
  const prefix = options.prefix ?? "bivalent";
  let everReady = false;
  const backoff = (retries: number) => Math.min(100 * 2 ** retries, 3_000);
  const base = { url, socket: { connectTimeout: 3_000, reconnectStrategy: backoff } };
  const main = tryCreate({
    ...base,
    disableOfflineQueue: true,
    socket: { connectTimeout: 3_000, reconnectStrategy: (retries, cause) => (everReady || retries < START_ATTEMPTS - 1 ? backoff(retries) : cause) },
  }, label);
  const clients: Client[] = [main];
  let lastError: string | null = null;
  let since: string | null = null;
  const failed = (err: Error) => {
    lastError = err.message || String(err);
    if (!everReady || since) return;
    since = new Date().toISOString();
    log.error({ err, redis: label }, "redis: connection lost; this node's sockets still get their events, other nodes' do not");
  };
  main.on("error", failed);
  main.on("ready", () => {
    if (since) log.info({ redis: label, since }, "redis: connection back");
    everReady = true;
    since = null;
  });
  try {
    await main.connect();
    await main.ping();
  } catch (err) {
    if (main.isOpen) main.destroy();
    const why = err instanceof Error ? (err.cause instanceof Error ? err.cause.message : err.message) : String(err);
    throw new RedisUnreachable(`REDIS_URL is set but Redis at ${label} cannot be reached (${why}): start Redis, or unset REDIS_URL to run this server as one node on its own.`);
  }
  const adapter = createAdapter(forAdapter(main, () => {
    // The stream reader and the subscriber keep an offline queue: they wait for Redis rather than spin.
    const copy = main.duplicate({ ...base, disableOfflineQueue: false });
    copy.on("error", failed);
    clients.push(copy);
    return copy;
  }), {
    streamName: `${prefix}:sockets`,
    channelPrefix: prefix,
    sessionKeyPrefix: `${prefix}:session:`,
    // Every event is JSON (docs/protocol.md): no Buffer to look for.
    onlyPlaintext: true,
  });

  return {
    adapter,
    listens: async (channel) => ((await main.pubSubNumSub(`${prefix}${channel}`))[`${prefix}${channel}`] ?? 0) > 0,
    health: () => {
      const ok = clients.every((c) => c.isReady);
      return { ok, lastError: ok ? null : lastError, since: ok ? null : (since ?? new Date().toISOString()) };
    },
    async close() {
      // socket.io has closed the adapter (its reader stops at its next answer): end the readers now.
      clients.slice(1).forEach(retire);
      if (!main.isOpen) return;
      const drained = main.close().then(() => true, () => true);
      const done = await Promise.race([drained, new Promise<false>((r) => setTimeout(() => r(false), CLOSE_BUDGET_MS).unref())]);
      if (!done && main.isOpen) main.destroy();
    },
  };
}

/** Clients closed for good: see `forAdapter`. */
const retired = new WeakSet<Client>();
const retire = (client: Client) => {
  retired.add(client);
  if (client.isOpen) client.destroy();
};

function tryCreate(options: RedisClientOptions, label: string): Client {
  try {
    return createClient(options) as Client;
  } catch (err) {
    throw new RedisUnreachable(`REDIS_URL is not a Redis URL (${label}): ${err instanceof Error ? err.message : String(err)}`);
  }
}

/**
 * The client as the adapter sees it. The adapter sends some commands without awaiting them
 * (sessions, PUBLISH): each promise is marked handled here, so a failure cannot become an
 * unhandled rejection, which would end the process. `disconnect` of a client already closed
 * is a no-op (node-redis throws). `duplicate` makes the clients the adapter reads with; a
 * command to one of those once it is closed never settles, so the adapter's read loop (which
 * polls again at once after an error) stops instead of spinning.
 */
function forAdapter(client: Client, duplicate: (() => Client) | null): Client {
  return new Proxy(client, {
    get(target, key) {
      if (key === "duplicate" && duplicate) return () => forAdapter(duplicate(), null);
      if (key === "disconnect") return async () => retire(target);
      const value: unknown = Reflect.get(target, key, target);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        if (retired.has(target)) return new Promise(() => undefined);
        const out: unknown = (value as (...a: unknown[]) => unknown).apply(target, args);
        if (out instanceof Promise) out.catch(() => undefined);
        return out;
      };
    },
  });
}

/** The adapter's view of the cluster: how many nodes listen on its channel in Redis. */
interface CountsNodes {
  of(nsp: "/"): { adapter: { serverCount(): Promise<number> } };
}

/**
 * The nodes subscribed to the main namespace's channel, this one included (the count the adapter
 * waits for when it forwards a request); null when Redis does not answer within `ms`.
 */
export async function clusterNodes(io: CountsNodes, ms = 500): Promise<number | null> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), ms)));
  try {
    return await Promise.race([io.of("/").adapter.serverCount().catch(() => null), late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Waits until this node listens on its own channel in Redis (the one answers to its forwarded
 * requests come back on), at most `ms`; answers whether it does.
 */
export async function untilSubscribed(link: RedisLink, io: { of(nsp: "/"): { adapter: unknown } }, ms: number): Promise<boolean> {
  const uid = (io.of("/").adapter as { uid?: string }).uid;
  if (!uid) return true;
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await link.listens(`#/#${uid}#`).catch(() => false)) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}
