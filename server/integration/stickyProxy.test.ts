/**
 * `npm run cluster`'s sticky proxy (scripts/cluster/stickyProxy.ts) in front of two small real
 * HTTP servers: a new client alternates, the cookie pins it, a dead node's client is moved to
 * the live one, WebSocket upgrades are spliced through.
 */
import { createServer, type Server } from "node:http";
import { connect, type AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { NODE_COOKIE, cookieOf, startStickyProxy } from "../../scripts/cluster/stickyProxy";

const servers: Server[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    await new Promise((r) => s.close(r));
  }
});

/** An upstream that answers its name, and echoes its name on a WebSocket upgrade. */
async function upstream(id: string): Promise<{ id: string; port: number; server: Server }> {
  const server = createServer((_req, res) => res.end(id));
  server.on("upgrade", (_req, socket) => {
    socket.end(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\nframes from ${id}`);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  servers.push(server);
  return { id, port: (server.address() as AddressInfo).port, server };
}

async function proxyOf(nodes: { id: string; port: number }[]): Promise<string> {
  const proxy = await startStickyProxy(nodes, 0);
  servers.push(proxy);
  return `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
}

const cookieIn = (res: Response) => cookieOf(res.headers.get("set-cookie")?.split(";")[0], NODE_COOKIE);

describe("sticky proxy", () => {
  it("alternates new clients, keeps a client with the cookie on its node", async () => {
    const url = await proxyOf([await upstream("a"), await upstream("b")]);
    const first = await fetch(url);
    const second = await fetch(url);
    expect([await first.text(), await second.text()].sort()).toEqual(["a", "b"]);
    const pinned = cookieIn(first);
    expect(pinned).toMatch(/^[ab]$/);
    for (let i = 0; i < 4; i++) {
      const res = await fetch(url, { headers: { cookie: `${NODE_COOKIE}=${pinned}` } });
      expect(await res.text()).toBe(pinned);
      expect(res.headers.get("set-cookie")).toBeNull();
    }
  });

  it("a dead node: 502 clearing the cookie, then the client lands on the live node", async () => {
    const a = await upstream("a");
    const b = await upstream("b");
    const url = await proxyOf([a, b]);
    b.server.closeAllConnections();
    await new Promise((r) => b.server.close(r));
    const lost = await fetch(url, { headers: { cookie: `${NODE_COOKIE}=b` } });
    expect(lost.status).toBe(502);
    expect(lost.headers.get("set-cookie")).toContain("Max-Age=0");
    for (let i = 0; i < 3; i++) {
      const res = await fetch(url, { headers: { cookie: `${NODE_COOKIE}=b` } });
      expect(await res.text()).toBe("a");
      expect(cookieIn(res)).toBe("a");
    }
  });

  it("passes a WebSocket upgrade to the cookie's node, and its bytes back", async () => {
    const url = await proxyOf([await upstream("a"), await upstream("b")]);
    const socket = connect(Number(new URL(url).port), "127.0.0.1");
    socket.write(`GET /socket.io/?EIO=4&transport=websocket HTTP/1.1\r\nHost: x\r\nCookie: ${NODE_COOKIE}=b\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n`);
    let answer = "";
    socket.on("data", (chunk: Buffer) => (answer += chunk.toString()));
    await new Promise((r) => socket.once("close", r));
    expect(answer).toMatch(/^HTTP\/1.1 101 /);
    expect(answer).toContain("frames from b");
  });
});
