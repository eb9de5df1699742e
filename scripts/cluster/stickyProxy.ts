/**
 * A small sticky HTTP + WebSocket proxy for `npm run cluster` (issue 16): a new browser gets the
 * next node in turn and a cookie naming it; later requests with the cookie go to that node, so a
 * socket.io polling session (many requests under one sid) never lands on a node that does not
 * know it. A node that refuses connections is skipped for a while and its cookie is replaced.
 * For trying a cluster locally; production uses nginx (deploy/nginx.conf).
 */
import { createServer, request, type IncomingMessage, type Server } from "node:http";
import { connect } from "node:net";

export const NODE_COOKIE = "bivalent_node";
/** How long a node that refused a connection is left out of the rotation. */
const DOWN_MS = 5_000;

export interface Upstream {
  id: string;
  port: number;
}

export function startStickyProxy(nodes: Upstream[], port: number, host = "127.0.0.1"): Promise<Server> {
  const downUntil = new Map<string, number>();
  let next = 0;
  const alive = (n: Upstream) => (downUntil.get(n.id) ?? 0) <= Date.now();

  /** The cookie's node while it is alive, else the next alive one in turn (fresh: set the cookie). */
  function pick(req: IncomingMessage): { node: Upstream; fresh: boolean } {
    const wanted = cookieOf(req.headers.cookie, NODE_COOKIE);
    const sticky = nodes.find((n) => n.id === wanted && alive(n));
    if (sticky) return { node: sticky, fresh: false };
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[next++ % nodes.length];
      if (alive(node)) return { node, fresh: true };
    }
    return { node: nodes[next++ % nodes.length], fresh: true };
  }

  const server = createServer((req, res) => {
    const { node, fresh } = pick(req);
    const upstream = request({ host: "127.0.0.1", port: node.port, method: req.method, path: req.url, headers: forwarded(req) }, (answer) => {
      const headers = { ...answer.headers };
      if (fresh) headers["set-cookie"] = [...(headers["set-cookie"] ?? []), `${NODE_COOKIE}=${node.id}; Path=/; HttpOnly; SameSite=Lax`];
      res.writeHead(answer.statusCode ?? 502, headers);
      answer.pipe(res);
    });
    upstream.on("error", () => {
      downUntil.set(node.id, Date.now() + DOWN_MS);
      // Clearing the cookie sends the browser's retry to a live node.
      if (!res.headersSent) res.writeHead(502, { "content-type": "text/plain", "set-cookie": `${NODE_COOKIE}=; Path=/; Max-Age=0` });
      res.end(`node ${node.id} is not answering`);
    });
    req.pipe(upstream);
  });

  // WebSocket upgrades: replay the request head to the node, then splice the two sockets.
  server.on("upgrade", (req, socket, head) => {
    const { node } = pick(req);
    const upstream = connect(node.port, "127.0.0.1", () => {
      const lines = [`${req.method} ${req.url} HTTP/1.1`];
      for (let i = 0; i < req.rawHeaders.length; i += 2) lines.push(`${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}`);
      upstream.write(`${lines.join("\r\n")}\r\nX-Forwarded-For: ${req.socket.remoteAddress ?? ""}\r\n\r\n`);
      if (head.length) upstream.write(head);
      socket.pipe(upstream).pipe(socket);
    });
    upstream.on("error", () => {
      downUntil.set(node.id, Date.now() + DOWN_MS);
      socket.destroy();
    });
    socket.on("error", () => upstream.destroy());
    socket.on("close", () => upstream.destroy());
    upstream.on("close", () => socket.destroy());
  });

  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve(server));
  });
}

function forwarded(req: IncomingMessage): IncomingMessage["headers"] {
  const prior = req.headers["x-forwarded-for"];
  const client = req.socket.remoteAddress ?? "";
  return { ...req.headers, "x-forwarded-for": prior ? `${String(prior)}, ${client}` : client };
}

/** The value of cookie `name` in a Cookie header, or null. */
export function cookieOf(header: string | undefined, name: string): string | null {
  for (const part of (header ?? "").split(";")) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return value.join("=");
  }
  return null;
}
