/**
 * What a kill-and-restart test starts: a database, server processes and socket clients, all
 * stopped and removed by `cleanup` (call it in `afterEach`).
 */
import type { ChildProcess } from "node:child_process";
import type { Provider } from "../storage/provider";
import { createTestDatabase, type ProviderTestDatabase } from "../storage/testDatabase";
import { TestClient } from "./harness";
import { startServerProcess, type ServerProcess } from "./serverProcess";

export class ProcessKit {
  db: ProviderTestDatabase | null = null;
  private readonly children: ChildProcess[] = [];
  private readonly clients: TestClient[] = [];

  /** A fresh migrated database of `provider` (SQLite by default) for this kit's servers. */
  async database(provider: Provider = "sqlite"): Promise<ProviderTestDatabase> {
    this.db = await createTestDatabase(provider);
    return this.db;
  }

  /** `server/index.ts` on this kit's database, silent unless `env` says otherwise. */
  async start(env: Record<string, string> = {}): Promise<ServerProcess> {
    if (!this.db) throw new Error("ProcessKit: create the database first");
    const started = await startServerProcess(this.db.url, { env: { LOG_LEVEL: "silent", ...env } });
    this.children.push(started.child);
    return started;
  }

  /** A client of `url`; `deviceToken`: the same person's browser as an earlier client's. */
  client(url: string, name: string, deviceToken?: string, options: { reconnect?: boolean } = {}): TestClient {
    const c = new TestClient(url, name, options);
    if (deviceToken) c.player.deviceToken = deviceToken;
    this.clients.push(c);
    return c;
  }

  async cleanup(): Promise<void> {
    this.clients.splice(0).forEach((c) => c.close());
    this.children.splice(0).forEach((c) => c.exitCode === null && c.kill("SIGKILL"));
    await this.db?.cleanup();
    this.db = null;
  }
}
