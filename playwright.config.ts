import { defineConfig, type LaunchOptions } from "@playwright/test";

// Journeys against the production build (`node build/server/index.js`, started by
// tests/e2e/support/web-server.mjs with a fresh DATA_DIR, and a fresh PostgreSQL database
// when TEST_DATABASE_URL is set). Run with `npm run test:e2e`, which builds first.

const PORT = Number(process.env.E2E_PORT ?? 3210);
const BASE_URL = `http://127.0.0.1:${PORT}`;

// Debian's Chromium: browser downloads are impossible here. Without the background-networking
// flags Chromium floods the closed network with refused connections.
const launchOptions: LaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
  ],
};

export default defineConfig({
  testDir: "tests/e2e",
  // Files run in parallel on the two workers; the tests inside a file run in order.
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  // A flaky journey is a bug to fix, not something to retry away.
  retries: 0,
  workers: 2,
  reporter: "list",
  timeout: 60_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL: BASE_URL,
    browserName: "chromium",
    launchOptions,
    // Chromium sends Accept-Language: en-US otherwise; Dutch is the portal's default language.
    locale: "nl-NL",
    timezoneId: "Europe/Amsterdam",
    viewport: { width: 1280, height: 800 },
    // Traces cost about a tenth of the run; CI keeps them for failed tests (locally: --trace on).
    trace: process.env.CI ? "retain-on-failure" : "off",
    screenshot: "only-on-failure",
  },
  projects: [
    { name: "js", use: { javaScriptEnabled: true } },
    { name: "no-js", use: { javaScriptEnabled: false } },
  ],
  webServer: {
    command: "node tests/e2e/support/web-server.mjs",
    url: `${BASE_URL}/readyz`,
    env: { PORT: String(PORT), HOST: "127.0.0.1", LOG_LEVEL: process.env.LOG_LEVEL ?? "warn" },
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    stderr: "pipe",
    // SIGTERM lets the server close its database and the wrapper remove the run's data.
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
  },
});
