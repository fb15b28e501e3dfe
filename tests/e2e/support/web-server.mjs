// The e2e web server: `node build/server/index.js`, on data that belongs to this run only, so
// runs never see each other's residents, sessions or saved contact details.
//
// - A fresh run folder in the system temp folder holds the embedded database (DATA_DIR) and a
//   copy of build/: a `npm run build` started while the journeys run (by a colleague in the
//   same checkout, or by watch mode) would otherwise swap the assets under the running server.
// - With TEST_DATABASE_URL (a role with CREATEDB): a fresh PostgreSQL database on that server,
//   used as DATABASE_URL instead of PGlite.
//
// Both are removed again when the server has stopped. This is a wrapper and not Playwright's
// globalSetup because Playwright starts its webServer before globalSetup runs and stops it
// after globalTeardown: the database has to exist before, and be dropped after, the server.
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";

const projectDir = process.cwd();
if (!existsSync(path.join(projectDir, "build/server/index.js"))) {
  console.error("[e2e] build/server/index.js is missing: run `npm run build` first (`npm run test:e2e` does both).");
  process.exit(1);
}

const runDir = mkdtempSync(path.join(os.tmpdir(), "meedoen-e2e-"));
cpSync(path.join(projectDir, "build"), path.join(runDir, "build"), { recursive: true });
// The bundle imports its dependencies and is an ES module: it needs both of these beside it.
symlinkSync(path.join(projectDir, "node_modules"), path.join(runDir, "node_modules"), "dir");
symlinkSync(path.join(projectDir, "package.json"), path.join(runDir, "package.json"));
const dataDir = path.join(runDir, "data");

const adminUrl = process.env.TEST_DATABASE_URL;
const databaseName = adminUrl ? `meedoen_e2e_${Date.now()}_${process.pid}` : undefined;

async function admin(statement) {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

function databaseUrlFor(name) {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.href;
}

let cleanedUp = false;
async function cleanUp() {
  if (cleanedUp) return;
  cleanedUp = true;
  // fs.rm removes the symlinks themselves, never what they point to.
  rmSync(runDir, { recursive: true, force: true });
  if (databaseName) {
    // FORCE: a server that was killed hard may still hold connections for a moment.
    await admin(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`).catch((error) => {
      console.error(`[e2e] could not drop database ${databaseName}: ${error.message}`);
    });
  }
}

// The suite logs in and sends forms hundreds of times from 127.0.0.1: raise the rate limits
// (their own test is app/lib/http/rate-limits.test.ts).
const env = { ...process.env, DATA_DIR: dataDir, RATE_LIMIT_FACTOR: "50" };
// The e2e run must never write to a database configured for something else.
delete env.DATABASE_URL;
if (databaseName) {
  try {
    await admin(`CREATE DATABASE "${databaseName}"`);
  } catch (error) {
    console.error(`[e2e] could not create database ${databaseName} with TEST_DATABASE_URL: ${error.message}`);
    await cleanUp();
    process.exit(1);
  }
  env.DATABASE_URL = databaseUrlFor(databaseName);
  console.error(`[e2e] PostgreSQL database ${databaseName}`);
} else {
  console.error(`[e2e] embedded database in ${dataDir}`);
}

const server = spawn(process.execPath, ["build/server/index.js"], { cwd: runDir, env, stdio: "inherit" });

server.on("exit", async (code, signal) => {
  await cleanUp();
  process.exit(code ?? (signal ? 1 : 0));
});

// Playwright sends SIGTERM to the whole process group, so the server gets it too and shuts down
// gracefully. Pass it on only if the server is still running after a while (the signal was
// sent to this wrapper alone); a second signal makes the server stop at once.
for (const signal of ["SIGTERM", "SIGINT"]) {
  process.on(signal, () => {
    setTimeout(() => {
      if (server.exitCode === null && server.signalCode === null) server.kill(signal);
    }, 5_000).unref();
  });
}
