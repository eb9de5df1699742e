/**
 * The browser's one socket to the game server, and a typed request helper that turns the
 * protocol's acknowledgements into promises (docs/protocol.md).
 *
 * socket.io-client is not in any page's up-front JS: it is imported the first time a page asks
 * for the socket (from an effect, so after the first paint), in a chunk of its own.
 */
import type { Socket } from "socket.io-client";
import { PROTOCOL_VERSION, type Ack, type ClientAuth, type ClientToServerEvents, type ServerToClientEvents } from "@/server/protocol/events";
import { acceptHello, isMismatchRefusal } from "./protocolCheck";
import { noteServerTime } from "./serverClock";

export type GameSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

let loading: Promise<GameSocket> | null = null;

/** The socket itself, once socket.io-client has loaded (the first call starts loading it). */
function loadSocket(): Promise<GameSocket> {
  loading ??= import("socket.io-client").then(({ io }) => {
    const auth: ClientAuth = { protocolVersion: PROTOCOL_VERSION };
    const created: GameSocket = io({ transports: ["websocket"], auth });
    created.on("server:hello", (hello) => {
      if (!acceptHello(hello)) created.disconnect();
      else noteServerTime(hello.serverTime);
    });
    created.on("connect_error", (err) => void isMismatchRefusal(err as Error & { data?: unknown }));
    return created;
  });
  return loading;
}

/** What the pages do with the socket: listen, stop listening, see whether it is connected, reconnect. */
export type SocketHandle = Pick<GameSocket, "on" | "off" | "connect"> & { readonly connected: boolean };

type Listener = (...args: never[]) => void;
let handle: SocketHandle | null = null;

/**
 * The shared socket, connected to the page's own origin. It names the protocol version this page
 * was built for; on a mismatch (a page older or newer than the server) it stops, and the
 * OutdatedPageBanner asks the reader to reload. Usable at once: listeners added before the
 * socket has loaded are attached when it is there (it connects after that, so none misses its
 * `connect`); until then it is not connected.
 */
export function gameSocket(): SocketHandle {
  if (handle) return handle;
  let real: GameSocket | null = null;
  let waiting: [string, Listener][] = [];
  const on = (event: string, fn: Listener) => {
    if (real) (real.on as (e: string, f: Listener) => void)(event, fn);
    else waiting.push([event, fn]);
    return handle;
  };
  const off = (event: string, fn: Listener) => {
    if (real) (real.off as (e: string, f: Listener) => void)(event, fn);
    else waiting = waiting.filter(([e, f]) => e !== event || f !== fn);
    return handle;
  };
  const created = {
    on,
    off,
    connect: () => {
      real?.connect();
      return handle;
    },
    get connected() {
      return real?.connected ?? false;
    },
  };
  handle = created as unknown as SocketHandle;
  void loadSocket().then((s) => {
    real = s;
    for (const [event, fn] of waiting) (s.on as (e: string, f: Listener) => void)(event, fn);
    waiting = [];
  });
  return handle;
}

type AnswerOf<E extends keyof ClientToServerEvents> =
  Parameters<ClientToServerEvents[E]>[1] extends ((res: infer R) => void) | undefined ? R : never;

const TIMEOUT_MS = 8000;

/** Send a request and wait for its answer; a lost connection becomes an error answer. */
export async function request<E extends keyof ClientToServerEvents>(
  event: E,
  payload: Parameters<ClientToServerEvents[E]>[0],
): Promise<AnswerOf<E>> {
  try {
    const s = await loadSocket();
    // socket.io's typings cannot follow a generic event name through emitWithAck.
    const timed = s.timeout(TIMEOUT_MS);
    const emit = timed.emitWithAck as unknown as (e: E, p: unknown) => Promise<AnswerOf<E>>;
    return await emit.call(timed, event, payload);
  } catch {
    const failed: Ack = { ok: false, error: { code: "INTERNAL", message: "The server did not answer. Check your connection and try again." } };
    return failed as AnswerOf<E>;
  }
}
