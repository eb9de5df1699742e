/**
 * The outbox: an append-only JSON-lines file beside the database where every finished game is
 * made durable (written and fsynced) before the database is asked to store it. A line is either
 * a game (`{"game": …}`) or the news that one reached the database (`{"saved": "<id>"}`); a game
 * without a later `saved` line is still owed to the database, also after a crash or a restart.
 * Once every game in the file has been saved, the file is truncated to nothing.
 */
import { open, rename, writeFile, type FileHandle } from "node:fs/promises";
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { postgresDatabaseName, providerOf } from "./provider";
import type { FinishedGame } from "./types";

/**
 * The outbox file: `OUTBOX_PATH` when set; else, for SQLite, beside the database file
 * (`file:./data/bivalent.db` → `./data/bivalent.outbox.jsonl`); for PostgreSQL, which has no
 * file of ours to sit beside, `./data/<database name>.outbox.jsonl`. Null for an in-memory database.
 */
export function outboxPathOf(databaseUrl: string, outboxPath: string | undefined = process.env.OUTBOX_PATH): string | null {
  if (outboxPath) return resolve(outboxPath);
  if (providerOf(databaseUrl) === "postgresql") return resolve("data", `${postgresDatabaseName(databaseUrl)}.outbox.jsonl`);
  const path = databaseUrl.replace(/^file:/, "");
  if (path === ":memory:" || path === "") return null;
  return resolve(path.replace(/\.db$/, "") + ".outbox.jsonl");
}

type Line = { game: FinishedGame } | { saved: string };

export class Outbox {
  /** Games in the file without a `saved` line, in the order they were appended. */
  private readonly owed = new Map<string, FinishedGame>();
  private writing: Promise<void> = Promise.resolve();
  private batch: { lines: string[]; sync: boolean; done: Promise<void> } | null = null;
  private torn = false;

  private constructor(
    readonly path: string,
    private file: FileHandle,
    /** Lines that could not be read (a write torn by a crash); they are skipped. */
    readonly unreadable: number,
  ) {}

  /** Opens (creating if missing) the outbox at `path` and reads what it still owes. */
  static async open(path: string): Promise<Outbox> {
    mkdirSync(dirname(path), { recursive: true });
    // Opened once for the server's life: appending to it still works if its folder turns read-only.
    const file = await open(path, "a+");
    const text = (await file.readFile()).toString("utf8");
    const owed = new Map<string, FinishedGame>();
    let unreadable = 0;
    for (const raw of text.split("\n")) {
      if (!raw.trim()) continue;
      let line: Line;
      try {
        line = JSON.parse(raw) as Line;
      } catch {
        unreadable++;
        continue;
      }
      if ("saved" in line) owed.delete(line.saved);
      else if (line.game?.id) owed.set(line.game.id, reviveGame(line.game));
    }
    const outbox = new Outbox(path, file, unreadable);
    for (const [id, game] of owed) outbox.owed.set(id, game);
    // A torn last line must not swallow the next one.
    if (text.length > 0 && !text.endsWith("\n")) await outbox.write(["\n"]);
    if (owed.size === 0 && text.length > 0) await outbox.file.truncate(0);
    else if (unreadable > 0 || text.length > 0) await outbox.rewrite().catch(() => undefined);
    return outbox;
  }

  /** The games still owed to the database, oldest first. */
  get pending(): FinishedGame[] {
    return [...this.owed.values()];
  }

  /** Appends the game and resolves once it is on disk (fsynced). Rejects if the disk refuses. */
  async append(game: FinishedGame): Promise<void> {
    // Owed from now on, so that a truncation queued meanwhile cannot drop this line.
    this.owed.set(game.id, game);
    try {
      await this.write([JSON.stringify({ game } satisfies Line) + "\n"]);
    } catch (error) {
      this.owed.delete(game.id);
      throw error;
    }
  }

  /** Records that the database has the game; truncates the file once nothing is owed. */
  async markSaved(gameId: string): Promise<void> {
    if (!this.owed.has(gameId)) return;
    // No fsync of its own: if this line is lost in a crash, the game is offered to the database
    // again at the next start and the database answers that it has it.
    await this.write([JSON.stringify({ saved: gameId } satisfies Line) + "\n"], false);
    this.owed.delete(gameId);
    if (this.owed.size === 0) {
      this.writing = this.writing.then(() => (this.owed.size === 0 ? this.file.truncate(0) : undefined));
      await this.writing;
    }
  }

  async close(): Promise<void> {
    await this.writing.catch(() => undefined);
    await this.file.close();
  }

  /**
   * Lines written while another write is on its way go out together with one fsync (a class
   * round ending finishes many games at once).
   */
  private write(lines: string[], sync = true): Promise<void> {
    if (this.batch) {
      this.batch.lines.push(...lines);
      this.batch.sync ||= sync;
      return this.batch.done;
    }
    const batch = { lines: [...lines], sync, done: Promise.resolve() };
    batch.done = this.writing.catch(() => undefined).then(async () => {
      this.batch = null;
      try {
        // After a failed write (a full disk) part of a line may be there: start on a new one.
        await this.file.appendFile((this.torn ? "\n" : "") + batch.lines.join(""));
        if (batch.sync) await this.file.datasync();
        this.torn = false;
      } catch (error) {
        this.torn = true;
        throw error;
      }
    });
    this.batch = batch;
    this.writing = batch.done;
    return batch.done;
  }

  /** Rewrites the file with only the owed games (written aside, then renamed over it). */
  private async rewrite(): Promise<void> {
    const aside = `${this.path}.tmp`;
    const body = this.pending.map((game) => JSON.stringify({ game } satisfies Line) + "\n").join("");
    await writeFile(aside, body, { flush: true });
    await rename(aside, this.path);
    // The handle still points at the replaced file. Only called from `open`, before any append.
    await this.file.close();
    this.file = await open(this.path, "a+");
  }
}

/** JSON turned the Dates into strings. */
function reviveGame(game: FinishedGame): FinishedGame {
  return { ...game, startedAt: new Date(game.startedAt), finishedAt: new Date(game.finishedAt) };
}
