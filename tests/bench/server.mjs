import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { loginAsResident, loginAsStaff } from "./http-client.mjs";
import { benchSecrets, createSessionFactory } from "./sessions.mjs";

// Every request from the bench comes from 127.0.0.1, so the per-address rate limits (login,
// submit, upload; app/lib/http/rate-limits.ts) would stop the load test after a few hundred
// submits: the portal runs with every limit multiplied by this (the most env.server.ts allows).
export const RATE_LIMIT_FACTOR = 1000;

/**
 * Starts the production build on a free port.
 *
 * With a PostgreSQL database (databaseUrl) it runs as in production: NODE_ENV=production (React's
 * production build), secrets from the environment, secure `__Host-` cookie. Production refuses
 * the development identity provider, so residents and staff are signed in with session rows the
 * bench writes itself (sessions.mjs). Demo data (municipalities, staff) is seeded with
 * SEED_DEMO_DATA=true; the OIDC settings production requires point nowhere, as nobody logs in
 * through a provider here (discovery only happens at a login).
 *
 * Without one it runs on a fresh embedded database, which production does not allow
 * (DATABASE_URL is required there), so in development mode, logging in through the development
 * identity provider. Its figures are labelled as development figures.
 */
// The heap limit the README's "Running at scale" gives every production instance
// (NODE_OPTIONS=--max-old-space-size=192): without it V8 grows the heap towards gigabytes on a
// large machine before it collects, and one instance would not stay within 300 MB.
const PRODUCTION_NODE_FLAGS = "--max-old-space-size=192";

export async function startPortal({ port, databaseUrl }) {
  const dataDir = mkdtempSync(path.join(tmpdir(), "meedoen-bench-"));
  const baseUrl = `http://127.0.0.1:${port}`;
  const production = Boolean(databaseUrl);
  const secrets = benchSecrets();
  const env = {
    ...process.env,
    PORT: String(port),
    HOST: "127.0.0.1",
    DATA_DIR: dataDir,
    LOG_LEVEL: "warn",
    RATE_LIMIT_FACTOR: String(RATE_LIMIT_FACTOR),
    ...(production
      ? {
          NODE_ENV: "production",
          DATABASE_URL: databaseUrl,
          PUBLIC_URL: baseUrl,
          SESSION_SECRET: secrets.sessionSecret,
          BSN_ENCRYPTION_KEY: secrets.bsnEncryptionKey,
          SEED_DEMO_DATA: "true",
          DIGID_OIDC_ISSUER: "http://127.0.0.1:9/no-digid-in-the-bench",
          DIGID_OIDC_CLIENT_ID: "bench",
          DIGID_OIDC_CLIENT_SECRET: "bench",
          STAFF_OIDC_ISSUER: "http://127.0.0.1:9/no-staff-idp-in-the-bench",
          STAFF_OIDC_CLIENT_ID: "bench",
          STAFF_OIDC_CLIENT_SECRET: "bench",
        }
      : { NODE_ENV: "", DATABASE_URL: "", SEED_DEMO_DATA: "" }),
  };
  // In production mode the portal runs with the production heap limit (BENCH_PORTAL_NODE_FLAGS to try others).
  const nodeFlags = production ? (process.env.BENCH_PORTAL_NODE_FLAGS ?? PRODUCTION_NODE_FLAGS).split(" ").filter(Boolean) : [];
  const child = spawn(process.execPath, [...nodeFlags, "build/server/index.js"], { env, stdio: ["ignore", "inherit", "inherit"] });
  let exited = false;
  child.once("exit", () => (exited = true));
  let ready = false;
  for (let i = 0; i < 240 && !exited; i++) {
    try {
      if ((await fetch(`${baseUrl}/readyz`)).ok) {
        ready = true;
        break;
      }
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  if (!ready) {
    child.kill("SIGTERM");
    throw new Error(`the portal did not become ready on ${baseUrl}${exited ? " (it exited)" : ""}`);
  }
  const sessions = production ? createSessionFactory({ databaseUrl, ...secrets, secure: true }) : null;
  return {
    baseUrl,
    pid: child.pid,
    production,
    databaseUrl,
    /** How the server runs, for the figures' titles. */
    mode: production ? "NODE_ENV=production" : "development build (embedded database; production requires DATABASE_URL)",
    sessions,
    /** Signs a client in as the demo resident `key`: a session row in production, the development provider otherwise. */
    signInResident: (client, key) => (sessions ? sessions.signInResident(client, key) : loginAsResident(client, key)),
    signInStaff: (client, key) => (sessions ? sessions.signInStaff(client, key) : loginAsStaff(client, key)),
    async stop() {
      await sessions?.close();
      if (!exited) {
        child.kill("SIGTERM");
        await new Promise((resolve) => child.once("exit", resolve));
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
