import { defineConfig } from "vitest/config";

// Plain Vitest: no React Router plugin (it would try to build the whole app for every run).
export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    include: ["app/**/*.test.{ts,tsx}", "tests/unit/**/*.test.{ts,tsx}", "db/**/*.test.ts"],
    environment: "node",
    // A new PGlite database takes a few seconds to initialise and migrate.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: "forks",
    env: { NODE_ENV: "test" },
    setupFiles: ["./tests/fixtures/vitest-setup.ts"],
  },
});
