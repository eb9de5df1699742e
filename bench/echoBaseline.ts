/**
 * The floor: a bare socket.io server whose only event acks its payload back. Same transport,
 * same clients and same schedule as the game benchmark, so the ratio isolates our pipeline.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { randomBytes } from "node:crypto";
import { Server } from "socket.io";
import { connectClients, closeClients, runFixedRate, type LoadOptions, type LoadResult } from "./clients";

export interface BenchServer {
  port: number;
  /** Server-side facts worth printing (games running, etc.). */
  facts(): Record<string, unknown>;
  close(): Promise<void>;
}

export async function startEchoServer(): Promise<BenchServer> {
  const http = createServer();
  const io = new Server(http, { serveClient: false });
  io.on("connection", (socket) => {
    socket.on("echo", (payload: unknown, ack?: unknown) => {
      if (typeof ack === "function") ack(payload);
    });
  });
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  return {
    port: (http.address() as AddressInfo).port,
    facts: () => ({ connections: io.engine.clientsCount }),
    close: () => new Promise<void>((resolve) => io.close(() => resolve())),
  };
}

/** N clients, one echo per period each; the payload is shaped like a game:move. */
export async function runEchoLoad(url: string, n: number, opts: LoadOptions): Promise<LoadResult> {
  const sockets = await connectClients(url, n);
  try {
    const senders = sockets.map((socket) => {
      const payload = {
        gameId: randomBytes(9).toString("base64url"),
        seatToken: randomBytes(24).toString("base64url"),
        move: { type: "send", kind: "plan" },
      };
      return { socket, event: "echo", payload: () => payload };
    });
    const result = await runFixedRate(senders, opts);
    await opts.beforeClose?.();
    return result;
  } finally {
    closeClients(sockets);
  }
}
