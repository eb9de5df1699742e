import { describe, expect, it } from "vitest";
import { RemoteSockets, type ClusterIo } from "./remoteSockets";

/** A socket.io stand-in that records what reaches other nodes and knows which sockets exist. */
function fakeIo(alive: Set<string>) {
  const calls: string[] = [];
  const io: ClusterIo = {
    in: (room) => ({
      socketsJoin: (r) => void calls.push(`join ${String(room)} ${r}`),
      socketsLeave: (r) => void calls.push(`leave ${String(room)} ${r}`),
      fetchSockets: async () => [room].flat().filter((id) => alive.has(id)).map((id) => ({ id })),
    }),
    to: (room) => ({ emit: (event) => (calls.push(`emit ${room} ${event}`), true) }),
  };
  return { io, calls };
}

describe("RemoteSockets", () => {
  it("puts the real socket in the rooms it joins and counts the channel as listened to until it leaves", () => {
    const { io, calls } = fakeIo(new Set());
    const remote = new RemoteSockets(io);
    const socket = remote.of("s1");
    void socket.join("seat:g:A");
    socket.emit("game:error", { code: "X" } as never);
    expect(remote.listens("seat:g:A")).toBe(true);
    expect(remote.of("s1")).toBe(socket);
    void socket.leave("seat:g:A");
    expect(remote.listens("seat:g:A")).toBe(false);
    expect(calls).toEqual(["join s1 seat:g:A", "emit s1 game:error", "leave s1 seat:g:A"]);
  });

  it("keeps nothing for a socket that only asked (a node that answered 'not mine')", () => {
    const remote = new RemoteSockets(fakeIo(new Set()).io);
    const first = remote.of("s1");
    expect(remote.ids()).toEqual([]);
    expect(remote.of("s1")).not.toBe(first);
  });

  it("runs a gone socket's disconnect listeners once and forgets its channels", () => {
    const remote = new RemoteSockets(fakeIo(new Set()).io);
    const socket = remote.of("s1");
    void socket.join("class:x:host");
    let left = 0;
    socket.once("disconnect", () => left++);
    remote.gone("s1");
    remote.gone("s1");
    expect(left).toBe(1);
    expect(remote.listens("class:x:host")).toBe(false);
    expect(remote.ids()).toEqual([]);
  });

  it("a sweep forgets the sockets no node has (their node died without a word)", async () => {
    const alive = new Set(["s1"]);
    const remote = new RemoteSockets(fakeIo(alive).io);
    void remote.of("s1").join("seat:g:A");
    const dead = remote.of("s2");
    let left = 0;
    dead.once("disconnect", () => left++);
    void dead.join("seat:g:B");
    expect(await remote.sweep()).toBe(1);
    expect(left).toBe(1);
    expect(remote.listens("seat:g:A")).toBe(true);
    expect(remote.listens("seat:g:B")).toBe(false);
  });

  it("a finished room's channels stop counting", () => {
    const remote = new RemoteSockets(fakeIo(new Set()).io);
    void remote.of("s1").join("seat:g:A");
    remote.forgetChannel("seat:g:A");
    expect(remote.listens("seat:g:A")).toBe(false);
  });
});
