/**
 * Sockets of other nodes, as the node that owns a game or class session sees them (issue 16).
 * A forwarded request runs the same handler as a local one, with a stand-in for the client's
 * socket: joining a room puts the real socket (on its own node) in it through the Redis adapter,
 * an emit reaches it there, and its "disconnect" listeners run when its node says it left
 * (`gone`) or when a sweep finds it nowhere (its node died).
 *
 * The owner cannot see another node's room members, so it keeps them here: a seat or spectator
 * channel with a remote member counts as listened to.
 */
import type { PeerSocket } from "../realtime/sockets";

/** The slice of socket.io's server that reaches a socket on any node. */
export interface ClusterIo {
  in(room: string | string[]): {
    socketsJoin(room: string): void;
    socketsLeave(room: string): void;
    fetchSockets(): Promise<{ id: string }[]>;
  };
  to(room: string): { emit(event: string, ...args: unknown[]): boolean };
}

class RemoteSocket {
  readonly rooms = new Set<string>();
  readonly goneListeners: (() => void)[] = [];

  constructor(
    readonly id: string,
    private readonly owner: RemoteSockets,
  ) {}

  join(room: string): void {
    this.owner.joined(this, room);
  }

  leave(room: string): void {
    this.owner.left(this, room);
  }

  emit(event: string, ...args: unknown[]): boolean {
    return this.owner.io.to(this.id).emit(event, ...args);
  }

  once(event: string, listener: () => void): this {
    // The only event handlers listen for on a socket is its disconnect.
    if (event === "disconnect") {
      this.owner.keep(this);
      this.goneListeners.push(listener);
    }
    return this;
  }
}

export class RemoteSockets {
  private readonly sockets = new Map<string, RemoteSocket>();
  /** channel → ids of the remote sockets in it. */
  private readonly members = new Map<string, Set<string>>();

  constructor(readonly io: ClusterIo) {}

  /**
   * The stand-in for socket `id` of another node: the same object for every request it forwards
   * while it is kept. It is kept from its first join or listener on (a node that only answers
   * "not mine" keeps nothing).
   */
  of(id: string): PeerSocket {
    return (this.sockets.get(id) ?? new RemoteSocket(id, this)) as unknown as PeerSocket;
  }

  /** Whether a socket of another node is in `channel`. */
  listens(channel: string): boolean {
    return (this.members.get(channel)?.size ?? 0) > 0;
  }

  /** A room that no longer exists: nobody of another node is in its channels. */
  forgetChannel(channel: string): void {
    const ids = this.members.get(channel);
    this.members.delete(channel);
    for (const id of ids ?? []) this.sockets.get(id)?.rooms.delete(channel);
  }

  /** Socket `id` disconnected from its node (or its node died): its listeners run once. */
  gone(id: string): void {
    const socket = this.sockets.get(id);
    if (!socket) return;
    this.sockets.delete(id);
    for (const room of socket.rooms) this.members.get(room)?.delete(id);
    for (const listener of socket.goneListeners.splice(0)) listener();
  }

  /** Ids of the remote sockets this node keeps. */
  ids(): string[] {
    return [...this.sockets.keys()];
  }

  /** Forgets the remote sockets no node has any more (a node that died said nothing). */
  async sweep(): Promise<number> {
    const ids = this.ids();
    if (ids.length === 0) return 0;
    const alive = new Set((await this.io.in(ids).fetchSockets()).map((s) => s.id));
    const dead = ids.filter((id) => !alive.has(id));
    dead.forEach((id) => this.gone(id));
    return dead.length;
  }

  /**
   * @internal From its first join or listener on. A join after the socket's gone notice (a
   * grant's deferred entry) keeps it again: the next sweep finds it gone.
   */
  keep(socket: RemoteSocket): void {
    if (!this.sockets.has(socket.id)) this.sockets.set(socket.id, socket);
  }

  /** @internal RemoteSocket.join */
  joined(socket: RemoteSocket, room: string): void {
    this.keep(socket);
    socket.rooms.add(room);
    let ids = this.members.get(room);
    if (!ids) this.members.set(room, (ids = new Set()));
    ids.add(socket.id);
    this.io.in(socket.id).socketsJoin(room);
  }

  /** @internal RemoteSocket.leave */
  left(socket: RemoteSocket, room: string): void {
    socket.rooms.delete(room);
    this.members.get(room)?.delete(socket.id);
    if (this.members.get(room)?.size === 0) this.members.delete(room);
    this.io.in(socket.id).socketsLeave(room);
  }
}
