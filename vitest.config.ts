import { defineConfig } from "vitest/config";

export default defineConfig({
  // The "@/..." imports of tsconfig's paths, for tests of app/ code.
  resolve: { alias: [{ find: /^@\//, replacement: `${new URL(".", import.meta.url).pathname}` }] },
  test: {
    include: ["server/**/*.test.ts", "app/**/*.test.ts"],
    environment: "node",
    // Tests that migrate a fresh database or start servers take seconds, not milliseconds.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // better-sqlite3 is a native module: separate processes are safer than worker threads.
    pool: "forks",
  },
});
