import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { report } from "./stats.mjs";

// Opening a periodic-check round for 100,000 residents: invitations and reminders enqueued in
// batches (one INSERT … SELECT per batch, each its own short transaction), while a probe
// query stands in for the web server's requests. Runs the app's own code (openCheckRound)
// under vite-node against a fresh embedded database, or BENCH_DATABASE_URL.
// `node tests/bench/check-round.mjs` on its own, or benchCheckRound() from run.mjs.
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../..");

export async function benchCheckRound({ residents = Number(process.env.BENCH_CHECK_RESIDENTS ?? 100_000), databaseUrl = process.env.BENCH_DATABASE_URL } = {}) {
  const result = await new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [path.join(root, "node_modules/vite-node/vite-node.mjs"), "-c", path.join(here, "check-round.vite.config.mjs"), path.join(here, "check-round-run.ts")],
      { cwd: root, env: { ...process.env, BENCH_CHECK_RESIDENTS: String(residents), LOG_LEVEL: "warn", ...(databaseUrl ? { BENCH_DATABASE_URL: databaseUrl } : {}) }, stdio: ["ignore", "pipe", "inherit"] },
    );
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.on("exit", (code) => {
      const line = output.trim().split("\n").reverse().find((l) => l.startsWith("{"));
      if (code !== 0 || !line) reject(new Error(`check-round bench failed (exit ${code})\n${output}`));
      else resolve(JSON.parse(line));
    });
  });
  if (result.invited !== residents || result.queued !== residents) throw new Error(`expected ${residents} invitations and reminders, got ${result.invited} and ${result.queued}`);
  return report(`Opening a check round for ${residents.toLocaleString("en")} residents (${databaseUrl ? "PostgreSQL" : "embedded PGlite"}; loading them took ${result.loadSeconds.toFixed(1)} s)`, [
    { name: "enqueue invitations + reminders", value: result.seconds, unit: "s", budget: 30 },
    { name: `p95 wait of a query meanwhile (${result.probes} probes)`, value: result.probeP95Ms, unit: "ms", budget: 250 },
    { name: "longest wait of a query meanwhile", value: result.probeMaxMs, unit: "ms" },
  ]);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const ok = await benchCheckRound();
  process.exit(ok ? 0 : 1);
}
