import { defineConfig } from "vitest/config";

// The fault tests run the production build as real processes (kill it, start it again, run two
// side by side). Not part of `npm run test:unit`: they need a fresh build, so they run through
// `npm run test:faults`, which builds first (and `npm test` runs that after the journeys).
export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    include: ["tests/faults/**/*.test.ts"],
    environment: "node",
    // Starting a server process (migrations, demo data) takes seconds; a journey several pages.
    testTimeout: 180_000,
    hookTimeout: 120_000,
    pool: "forks",
    // One file at a time: each starts its own servers, and CI has two cores.
    fileParallelism: false,
    env: { NODE_ENV: "test" },
    setupFiles: ["./tests/fixtures/vitest-setup.ts"],
  },
});
