#!/usr/bin/env node
/**
 * `npm test`: every test, on a fresh machine, in one command.
 *
 *   1. prisma generate      only if server/generated/prisma(-pg) is missing (postinstall normally does it)
 *   2. eslint + tsc         the linter (eslint.config.mjs; any error or warning fails the run and
 *                           counts as one failure per problem) and the type-check (a failure counts
 *                           as one failed test)
 *   3. vitest               unit + integration tests (server/**\/*.test.ts), NODE_ENV=test
 *   4. next build           the production build the browser tests run against
 *   5. playwright           e2e/ specs in Debian's Chromium against the production server
 *   6. summary              per suite, then a last line `N passed, N failed[, N skipped]`
 *
 * Exits 1 if any step failed, any test failed, or no test ran. A step that fails without a
 * failing test to show for it (a build error, a crashed runner, an unhandled error) is counted
 * as one failure in the closing line, so the line never says "0 failed" when the run failed.
 *
 * TEST_SKIP_E2E=1 skips steps 4 and 5.
 * `--quick` (`npm run test:quick`): the day-to-day tier. Steps 1 to 3 only, with TEST_TIER=quick,
 * which shrinks the big randomised tests (server/testing/tier.ts), and one vitest worker per core;
 * no build, no browser.
 * Binaries come from node_modules/.bin, not npx: nothing extra between us and the child.
 */
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);

const quick = process.argv.includes("--quick");
const skipE2E = quick || ["1", "true", "yes"].includes(String(process.env.TEST_SKIP_E2E ?? "").toLowerCase());
const testEnv = { ...process.env, NODE_ENV: "test", ...(quick ? { TEST_TIER: "quick" } : {}) };
const reportDir = mkdtempSync(join(tmpdir(), "bivalent-test-"));
const vitestJson = join(reportDir, "vitest.json");
const eslintJson = join(reportDir, "eslint.json");
const playwrightJson = join(reportDir, "playwright.json");

/** Every step's outcome, in order, for the summary. */
const steps = [];
/** Per-suite lines for the summary. */
const suites = [];
const totals = { passed: 0, failed: 0, skipped: 0 };

function bin(name) {
  const local = join(root, "node_modules", ".bin", name);
  if (!existsSync(local)) throw new Error(`${local} is missing: run \`npm install\` first`);
  return local;
}

function banner(text) {
  console.log(`\n=== ${text} ${"=".repeat(Math.max(3, 72 - text.length))}`);
}

/** Runs a child with live output; resolves to { code, seconds }. Never rejects. */
function run(command, args, env = process.env) {
  const started = Date.now();
  return new Promise((resolvePromise) => {
    let child;
    try {
      child = spawn(command, args, { stdio: "inherit", env, cwd: root });
    } catch (err) {
      console.error(`could not start ${command}: ${err.message}`);
      resolvePromise({ code: 127, seconds: 0 });
      return;
    }
    child.on("error", (err) => {
      console.error(`could not start ${command}: ${err.message}`);
      resolvePromise({ code: 127, seconds: (Date.now() - started) / 1000 });
    });
    child.on("close", (code, signal) => {
      resolvePromise({ code: code ?? (signal ? 128 : 1), signal, seconds: (Date.now() - started) / 1000 });
    });
  });
}

function record(name, result, note = "") {
  steps.push({ name, ok: result.code === 0, code: result.code, seconds: result.seconds, note });
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch {
    return null;
  }
}

/** Adds a step's unexplained failure (non-zero exit, no failing test reported) to the counts. */
function countUnexplained(name, result, failedTests, why) {
  if (result.code !== 0 && failedTests === 0) {
    totals.failed += 1;
    suites.push(`  ${name}: FAILED (${why}; counted as 1 failure)`);
  }
}

// Children inherit our signals through the process group; just make sure we exit non-zero.
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    console.error(`\n${signal}: stopping`);
    process.exit(130);
  });
}

// ---------------------------------------------------------------------------------------------
// 1. Prisma client
// Both clients: SQLite's, and PostgreSQL's from the schema derived by scripts/postgresSchema.ts.
for (const [folder, args] of [
  ["prisma", ["generate"]],
  ["prisma-pg", ["generate", "--schema", "prisma/postgresql/schema.prisma"]],
]) {
  if (existsSync(join(root, "server", "generated", folder))) continue;
  banner(`prisma ${args.join(" ")}`);
  const result = await run(bin("prisma"), args);
  record("prisma generate", result);
  countUnexplained("prisma generate", result, 0, `exit ${result.code}`);
}

// ---------------------------------------------------------------------------------------------
// 2. Lint: cheap, so it runs first; a clean tree is one passed check.
{
  banner("eslint");
  const result = await run(bin("eslint"), [".", "--max-warnings=0", "--cache", "--cache-location", "node_modules/.cache/eslint/", "--format", "json", "--output-file", eslintJson]);
  record("eslint", result);
  const report = readJson(eslintJson);
  let problems = 0;
  if (report) {
    const errors = report.reduce((sum, file) => sum + file.errorCount, 0);
    const warnings = report.reduce((sum, file) => sum + file.warningCount, 0);
    problems = errors + warnings;
    for (const file of report) {
      for (const m of file.messages) {
        console.log(`${relative(root, file.filePath)}:${m.line}:${m.column} ${m.severity === 2 ? "error" : "warning"} ${m.message} (${m.ruleId ?? "eslint"})`);
      }
    }
    if (result.code === 0) totals.passed += 1;
    totals.failed += problems;
    suites.push(`  eslint: ${result.code === 0 ? "clean" : "FAILED"}, ${errors} errors, ${warnings} warnings in ${report.length} files`);
  }
  countUnexplained("eslint", result, problems, report ? `exit ${result.code}` : `exit ${result.code}, no JSON report`);
}

// ---------------------------------------------------------------------------------------------
// 2b. Type-check
{
  banner("tsc --noEmit: type-check");
  const result = await run(bin("tsc"), ["--noEmit"]);
  record("tsc --noEmit", result);
  if (result.code === 0) {
    totals.passed += 1;
    suites.push("  tsc: type-check passed (counted as 1 passed)");
  } else {
    countUnexplained("tsc", result, 0, `exit ${result.code}, type errors above`);
  }
}

// ---------------------------------------------------------------------------------------------
// 3. Unit + integration tests
{
  banner(`vitest: unit and integration tests${quick ? " (quick tier: TEST_TIER=quick)" : ""}`);
  const result = await run(
    bin("vitest"),
    // Quick: a worker per core (vitest's default leaves one core idle; socket tests mostly wait).
    ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestJson}`, ...(quick ? [`--maxWorkers=${availableParallelism()}`] : [])],
    testEnv,
  );
  record("vitest", result);
  const report = readJson(vitestJson);
  let failedHere = 0;
  if (report) {
    const passed = report.numPassedTests ?? 0;
    const failed = report.numFailedTests ?? 0;
    const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
    // A file that fails to load has no failed test but is a failed suite.
    const brokenFiles = (report.testResults ?? []).filter(
      (file) => file.status === "failed" && !(file.assertionResults ?? []).some((t) => t.status === "failed"),
    );
    failedHere = failed + brokenFiles.length;
    totals.passed += passed;
    totals.failed += failedHere;
    totals.skipped += skipped;
    suites.push(`  vitest: ${passed} passed, ${failedHere} failed${skipped ? `, ${skipped} skipped` : ""} in ${(report.testResults ?? []).length} files`);
    for (const file of report.testResults ?? []) {
      const tests = file.assertionResults ?? [];
      const count = (status) => tests.filter((t) => t.status === status).length;
      const fileFailed = file.status === "failed";
      if (!fileFailed) continue;
      suites.push(`    FAILED ${relative(root, file.name)}: ${count("passed")} passed, ${count("failed")} failed`);
      for (const t of tests.filter((t) => t.status === "failed")) suites.push(`      x ${t.fullName ?? t.title}`);
      if (!tests.some((t) => t.status === "failed") && file.message) {
        suites.push(`      ${String(file.message).split("\n")[0]}`);
      }
    }
  }
  countUnexplained("vitest", result, failedHere, report ? `exit ${result.code}` : `exit ${result.code}, no JSON report`);
}

// ---------------------------------------------------------------------------------------------
// 4 + 5. Production build, then browser tests
if (skipE2E) {
  const why = quick ? "quick tier" : "TEST_SKIP_E2E=1";
  banner(`browser tests SKIPPED (${why})`);
  suites.push(`  playwright: SKIPPED (${why}), and so was next build`);
} else {
  banner("next build");
  rmSync(join(root, "tsconfig.tsbuildinfo"), { force: true });
  const buildEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  delete buildEnv.NODE_ENV; // next build sets production itself and warns about anything else
  const build = await run(bin("next"), ["build"], buildEnv);
  record("next build", build);
  if (build.code !== 0) {
    countUnexplained("next build", build, 0, `exit ${build.code}`);
    suites.push("  playwright: NOT RUN (the build failed)");
  } else {
    banner("playwright: browser tests");
    // Ports nothing holds now, rather than fixed ones something else may hold: one for the e2e
    // server, one for the class-day spec's server with a PUBLIC_URL (playwright.config.ts).
    const e2ePort = process.env.E2E_PORT || String(await freePort());
    let classPort = process.env.E2E_CLASS_PORT || String(await freePort());
    while (classPort === e2ePort) classPort = String(await freePort());
    const pwEnv = {
      ...process.env,
      PLAYWRIGHT_JSON_OUTPUT_FILE: playwrightJson,
      PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1",
      E2E_PORT: e2ePort,
      E2E_CLASS_PORT: classPort,
    };
    delete pwEnv.NODE_ENV; // the webServer sets NODE_ENV=production for the server
    const result = await run(bin("playwright"), ["test", "--reporter=list,json"], pwEnv);
    record("playwright", result);
    const report = readJson(playwrightJson);
    let failedHere = 0;
    if (report) {
      const stats = report.stats ?? {};
      const passed = (stats.expected ?? 0) + (stats.flaky ?? 0);
      const failed = stats.unexpected ?? 0;
      const skipped = stats.skipped ?? 0;
      const errors = report.errors ?? [];
      failedHere = failed;
      totals.passed += passed;
      totals.failed += failed;
      totals.skipped += skipped;
      suites.push(`  playwright: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}${stats.flaky ? ` (${stats.flaky} flaky)` : ""}`);
      for (const line of playwrightFileLines(report)) suites.push(line);
      for (const error of errors) suites.push(`    error: ${String(error.message ?? error).split("\n")[0]}`);
    }
    countUnexplained("playwright", result, failedHere, report ? `exit ${result.code}` : `exit ${result.code}, no JSON report`);
  }
}

/** One line per spec file from Playwright's JSON report, with the failing tests under it. */
/** A TCP port that was free a moment ago: the OS picks it, then we let it go. */
function freePort() {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolvePort(port));
    });
  });
}

function playwrightFileLines(report) {
  const lines = [];
  const walk = (suite, file, out) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        const status = t.status; // expected | unexpected | flaky | skipped
        out.counts[status] = (out.counts[status] ?? 0) + 1;
        if (status === "unexpected") out.failing.push(spec.title);
      }
    }
    for (const child of suite.suites ?? []) walk(child, file, out);
  };
  for (const suite of report.suites ?? []) {
    const out = { counts: {}, failing: [] };
    walk(suite, suite.file, out);
    const c = out.counts;
    lines.push(
      `    ${out.failing.length ? "FAILED " : ""}${suite.file ?? suite.title}: ${(c.expected ?? 0) + (c.flaky ?? 0)} passed, ${c.unexpected ?? 0} failed${c.skipped ? `, ${c.skipped} skipped` : ""}`,
    );
    for (const title of out.failing) lines.push(`      x ${title}`);
  }
  return lines;
}

// ---------------------------------------------------------------------------------------------
// 6. Summary
banner("summary");
for (const step of steps) {
  console.log(`  ${step.ok ? "ok    " : "FAILED"} ${step.name} (exit ${step.code}, ${step.seconds.toFixed(1)} s)`);
}
for (const line of suites) console.log(line);
console.log(`  reports: ${reportDir}`);

const ran = totals.passed + totals.failed;
const anyStepFailed = steps.some((step) => !step.ok);
if (ran === 0) console.log("  no test ran: that is a failure");
const ok = !anyStepFailed && totals.failed === 0 && totals.passed > 0;
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ""}`);
// exitCode, not exit(): let stdout drain so the closing line is never cut off.
process.exitCode = ok ? 0 : 1;
