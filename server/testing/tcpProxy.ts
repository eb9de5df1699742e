/**
 * A TCP relay in front of servers under test, as a load balancer would be: a test cuts every
 * connection through it and chooses where the next ones go (another node, or nowhere yet).
 */
import { createServer, connect, type Server, type Socket } from "node:net";
import type { AddressInfo } from "node:net";

export interface TcpProxy {
  url: string;
  /** Where new connections go; null: refused (closed at once) until a target is set. */
  target: number | null;
  /**
   * While true, bytes through open connections are dropped, both ways, and nobody is told: a
   * network gone silent, before either side's timeout notices.
   */
  frozen: boolean;
  /** Close every connection through the relay, both sides, as a dropped network would. */
  cutAll(): void;
  close(): Promise<void>;
}

export async function startTcpProxy(target: number | null): Promise<TcpProxy> {
  const open = new Set<Socket>();
  const track = (s: Socket) => {
    open.add(s);
    s.once("close", () => open.delete(s));
  };
  const proxy: TcpProxy = {
    url: "",
    target,
    frozen: false,
    cutAll: () => open.forEach((s) => s.destroy()),
    close: () => {
      proxy.cutAll();
      return new Promise((r) => server.close(() => r()));
    },
  };
  const server: Server = createServer((client) => {
    track(client);
    if (proxy.target === null) return void client.destroy();
    const upstream = connect(proxy.target, "127.0.0.1");
    track(upstream);
    client.on("data", (bytes) => proxy.frozen || upstream.write(bytes));
    upstream.on("data", (bytes) => proxy.frozen || client.write(bytes));
    const cut = () => (client.destroy(), upstream.destroy());
    client.once("error", cut).once("close", cut);
    upstream.once("error", cut).once("close", cut);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  proxy.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return proxy;
}

/** A port nothing listens on just now (a server the test starts itself takes it). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  await new Promise((r) => server.close(r));
  return port;
}
