import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";

/**
 * The production build (`node build/server/index.js`) as real processes, for the fault tests:
 * started, killed and started again on the same data. Like the e2e web server
 * (tests/e2e/support/web-server.mjs) each run works on a copy of build/, so a build started in
 * the same checkout meanwhile cannot swap the code under a running server.
 */
const projectDir = process.cwd();
const BUILD_ENTRY = path.join(projectDir, "build/server/index.js");

/**
 * Why these tests cannot run (the build is missing), or null. `npm run test:faults` builds first;
 * in CI a missing build is an error, never a quietly skipped test.
 */
export function missingBuild(): string | null {
  if (existsSync(BUILD_ENTRY)) return null;
  const why = "build/server/index.js is missing: run `npm run test:faults` (it builds first), or `npm run build`";
  if (process.env.CI) throw new Error(`[faults] ${why}`);
  return why;
}

export type RunFolder = { dir: string; remove(): void };

export function copyBuild(): RunFolder {
  const dir = mkdtempSync(path.join(os.tmpdir(), "meedoen-faults-"));
  cpSync(path.join(projectDir, "build"), path.join(dir, "build"), { recursive: true });
  // The bundle imports its dependencies and is an ES module: it needs both beside it.
  symlinkSync(path.join(projectDir, "node_modules"), path.join(dir, "node_modules"), "dir");
  symlinkSync(path.join(projectDir, "package.json"), path.join(dir, "package.json"));
  // fs.rm removes the symlinks themselves, never what they point to.
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no free port"))));
    });
  });
}

/** Fixed secrets, so that a restarted process or a second instance reads the same sessions and BSNs. */
export const SHARED_SECRETS = {
  SESSION_SECRET: "faults-session-secret-that-is-long-enough-0123",
  BSN_ENCRYPTION_KEY: Buffer.alloc(32, 9).toString("base64"),
};

export type Portal = {
  name: string;
  port: number;
  baseUrl: string;
  child: ChildProcess;
  output(): string;
  /** SIGKILL: no shutdown handler runs, nothing is flushed or closed. */
  kill(): Promise<void>;
  /** SIGTERM: the normal shutdown. */
  stop(): Promise<void>;
};

export async function startPortal(options: { name: string; runDir: string; port: number; env: Record<string, string> }): Promise<Portal> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  // As the e2e server runs: development mode (the development identity provider is on), never a
  // database or Vitest setting from the test process.
  for (const key of ["NODE_ENV", "DATABASE_URL", "TEST_DATABASE_URL", "TEST_BACKENDS", "VITEST", "VITEST_POOL_ID", "VITEST_WORKER_ID"]) delete env[key];
  Object.assign(env, { HOST: "127.0.0.1", PORT: String(options.port), LOG_LEVEL: "warn", RATE_LIMIT_FACTOR: "50", ...options.env });

  const child = spawn(process.execPath, ["build/server/index.js"], { cwd: options.runDir, env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const baseUrl = `http://127.0.0.1:${options.port}`;

  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${options.name} stopped during start (${child.exitCode ?? child.signalCode}):\n${output}`);
    try {
      if ((await fetch(`${baseUrl}/readyz`)).ok) break;
    } catch {}
    if (Date.now() - started > 90_000) {
      child.kill("SIGKILL");
      throw new Error(`${options.name} did not become ready in 90 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }

  const end = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  return { name: options.name, port: options.port, baseUrl, child, output: () => output, kill: () => end("SIGKILL"), stop: () => end("SIGTERM") };
}

/** A fresh PostgreSQL database on TEST_DATABASE_URL's server, dropped again by `drop()`. */
export async function createPostgresDatabase(prefix: string): Promise<{ url: string; drop(): Promise<void> }> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error("TEST_DATABASE_URL is not set");
  const name = `meedoen_${prefix}_${process.pid}_${randomBytes(4).toString("hex")}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5_000 });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`create database "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  // FORCE: a killed server may still hold connections for a moment.
  return { url: url.href, drop: () => admin(`drop database if exists "${name}" with (force)`) };
}
