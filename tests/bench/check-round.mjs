import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { report } from "./stats.mjs";

// Opening periodic-check rounds: invitations and reminders enqueued in batches (one INSERT …
// SELECT per batch, each its own short transaction), while a probe query stands in for the web
// server's requests. Runs the app's own code (openCheckRound) under vite-node. Budget (issue 10):
// a wave of 400,000 residents enqueued within 60 s, without blocking other queries.
// With BENCH_DATABASE_URL holding the queue bench's 400,000 residents, that wave is measured
// itself: every one of them gets a benefit and every municipality opens its round, one after the
// other (then all of it is removed again). Otherwise (embedded database) BENCH_CHECK_RESIDENTS
// (100,000) fresh residents are measured and the time is scaled linearly to 400,000 for the
// budget, and the output says so.
// `node tests/bench/check-round.mjs` on its own, or benchCheckRound() from run.mjs.
const NATIONAL = 400_000;
const BUDGET_SECONDS = 60;
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
  if (result.benchInvited !== result.residents || result.queued !== result.invited) {
    throw new Error(`expected ${result.residents} bench residents invited and one reminder per invitation, got ${result.benchInvited} and ${result.queued} for ${result.invited}`);
  }
  const db = databaseUrl ? "PostgreSQL" : "embedded PGlite";
  const measured = result.mode === "bench-residents";
  const rows = [];
  if (measured) {
    rows.push({ name: `enqueue invitations + reminders for all ${result.invited.toLocaleString("en")} (measured)`, value: result.seconds, unit: "s", budget: BUDGET_SECONDS });
  } else {
    const scaled = (result.seconds * NATIONAL) / result.residents;
    rows.push({ name: `enqueue invitations + reminders for ${result.residents.toLocaleString("en")} (measured)`, value: result.seconds, unit: "s" });
    rows.push({ name: `the same scaled linearly to ${NATIONAL.toLocaleString("en")} (not measured)`, value: scaled, unit: "s", budget: BUDGET_SECONDS });
  }
  rows.push({ name: `p95 wait of a query meanwhile (${result.probes} probes)`, value: result.probeP95Ms, unit: "ms", budget: 250 });
  rows.push({ name: "longest wait of a query meanwhile", value: result.probeMaxMs, unit: "ms" });
  const title = measured
    ? `Opening check rounds for ${result.residents.toLocaleString("en")} residents: the queue bench's residents, each given a benefit, ${result.municipalities} municipalities one after the other (${db}; giving the benefits took ${result.loadSeconds.toFixed(1)} s; all removed again afterwards)`
    : `Opening a check round for ${result.residents.toLocaleString("en")} fresh residents in one municipality (${db}; loading them took ${result.loadSeconds.toFixed(1)} s; removed again afterwards)`;
  return report(title, rows);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const ok = await benchCheckRound();
  process.exit(ok ? 0 : 1);
}
