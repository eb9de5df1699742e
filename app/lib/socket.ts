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

type Listener = (...args: never[]) => void;
type Attach = (event: string, fn: Listener) => void;

let loading: Promise<GameSocket> | null = null;
/** The socket once created; until then, the listeners the pages added, attached at its creation. */
let current: GameSocket | null = null;
let waiting: [string, Listener][] = [];

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
    // Created in this very task: it cannot have connected yet, so no listener misses its `connect`.
    for (const [event, fn] of waiting) (created.on as Attach)(event, fn);
    waiting = [];
    current = created;
    return created;
  });
  return loading;
}

/** What the pages do with the socket: listen, stop listening, see whether it is connected, reconnect. */
export type SocketHandle = Pick<GameSocket, "on" | "off" | "connect"> & { readonly connected: boolean };

const handle = {
  on(event: string, fn: Listener) {
    if (current) (current.on as Attach)(event, fn);
    else waiting.push([event, fn]);
    return handle;
  },
  off(event: string, fn: Listener) {
    if (current) (current.off as Attach)(event, fn);
    else waiting = waiting.filter(([e, f]) => e !== event || f !== fn);
    return handle;
  },
  connect() {
    current?.connect();
    return handle;
  },
  get connected() {
    return current?.connected ?? false;
  },
};

/**
 * The shared socket, connected to the page's own origin. It names the protocol version this page
 * was built for; on a mismatch (a page older or newer than the server) it stops, and the
 * OutdatedPageBanner asks the reader to reload. Usable at once: listeners added before the
 * socket exists are attached when it is created (before it connects); until then it is not
 * connected.
 */
export function gameSocket(): SocketHandle {
  void loadSocket();
  return handle as unknown as SocketHandle;
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
