/**
 * `npm run verify -- <trace.json | gameId>`: replay a finished game and say whether its trace is
 * what the rules produce. The work is a function of the trace (so tests call it directly); the
 * script at the bottom only finds the trace and sets the exit code.
 */
import { existsSync, readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { scenarioById } from "../engine/scenarios";
import { verifyTrace, type StoredGame } from "../engine/verify";
import { closePrisma, databaseUrl } from "../storage/db";
import { PrismaGameStore } from "../storage/prismaGameStore";
import { TRACE_VERSION } from "../storage/types";

export interface VerifyReport {
  ok: boolean;
  /** What to print, one line each. */
  lines: string[];
}

/** The verdict on one trace (already parsed JSON). */
export function verifyReport(trace: unknown, label: string): VerifyReport {
  const problem = envelopeProblem(trace);
  if (problem) return { ok: false, lines: [`${label}: NOT VERIFIED: ${problem}`] };
  const game = trace as StoredGame & { gameId?: string; version: number };
  const check = verifyTrace(game);
  if (!check.ok) return { ok: false, lines: [`${label}: NOT VERIFIED: ${check.problem}`] };
  const lines = [
    `${label}: VERIFIED: replaying ${game.inputs.length} inputs from seed ${game.seed} gives its ${game.events.length} events, outcome and result`,
    `  scenario ${game.scenario}, outcome ${game.outcome}${game.version === 1 ? " (trace version 1: depth is the chain)" : ""}`,
  ];
  const figure = scenarioById(game.scenario)?.words.depthLabel ?? "depth";
  for (const [seat, r] of Object.entries(game.result)) lines.push(`  ${seat}: score ${r.score}, ${r.won ? "won" : "did not win"}${r.depth === null ? "" : `, ${figure} ${r.depth}`}`);
  const checks = game.checks as Record<string, { ok?: boolean }> | undefined;
  if (checks) lines.push(`  checker: ${Object.entries(checks).map(([name, v]) => `${name} ${v?.ok ? "holds" : "fails"}`).join(", ")}`);
  return { ok: true, lines };
}

/** What is wrong with the trace's outer shape (docs/trace-format.md, "Top level"), if anything. */
function envelopeProblem(trace: unknown): string | null {
  if (typeof trace !== "object" || trace === null) return "it is not a JSON object";
  const t = trace as Record<string, unknown>;
  if (t.format !== "bivalent-trace") return 'its format is not "bivalent-trace"';
  if (t.version !== 1 && t.version !== TRACE_VERSION) return `its version ${String(t.version)} is unknown`;
  const scenario = typeof t.scenario === "string" ? scenarioById(t.scenario) : undefined;
  if (!scenario) return `there is no scenario "${String(t.scenario)}"`;
  if (!Number.isInteger(t.seed) || (t.seed as number) < 0 || (t.seed as number) > 0xffffffff) return "its seed is not an integer from 0 to 2^32 - 1";
  if (!Array.isArray(t.inputs) || !Array.isArray(t.events)) return "it has no inputs or events";
  if (typeof t.result !== "object" || t.result === null) return "it has no result";
  return null;
}

/** Where the trace comes from: a file if `target` names one, otherwise a game id in the database. */
export async function loadTrace(target: string, url: string = databaseUrl()): Promise<{ trace: unknown } | { missing: string }> {
  if (target.endsWith(".json") || existsSync(target)) {
    if (!existsSync(target)) return { missing: `no file ${target}` };
    try {
      return { trace: JSON.parse(readFileSync(target, "utf8")) };
    } catch {
      return { missing: `${target} is not JSON` };
    }
  }
  const store = new PrismaGameStore(url);
  try {
    const trace = await store.getTrace(target);
    return trace ? { trace } : { missing: `no finished game ${target} in ${url}` };
  } finally {
    await store.close();
  }
}

/** The whole command: exit code 0 when verified, 1 otherwise. */
export async function runVerify(args: readonly string[], print: (line: string) => void = console.log, url: string = databaseUrl()): Promise<number> {
  const target = args.find((a) => a !== "--");
  if (!target) {
    print("usage: npm run verify -- <trace.json | gameId>   (a game id is read from DATABASE_URL)");
    return 1;
  }
  const loaded = await loadTrace(target, url);
  if ("missing" in loaded) {
    print(`${target}: NOT VERIFIED: ${loaded.missing}`);
    return 1;
  }
  const report = verifyReport(loaded.trace, target);
  report.lines.forEach((l) => print(l));
  return report.ok ? 0 : 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const code = await runVerify(process.argv.slice(2));
  await closePrisma();
  process.exit(code);
}
