import os from "node:os";
import { benchCheckRound } from "./check-round.mjs";
import { benchLighthouse } from "./lighthouse.bench.mjs";
import { benchLoad } from "./load.bench.mjs";
import { benchPageWeight } from "./page-weight.bench.mjs";
import { benchQueue } from "./queue.bench.mjs";
import { benchRegistration } from "./registration.bench.mjs";
import { RATE_LIMIT_FACTOR, startPortal } from "./server.mjs";
import { benchThroughput } from "./throughput.bench.mjs";

// `npm run bench`: builds, starts the portal, runs each benchmark, prints every figure next to
// its budget, and exits non-zero when a budget is missed. BENCH_DATABASE_URL runs it against
// real PostgreSQL with NODE_ENV=production (see server.mjs) instead of the embedded database.
// BENCH_ONLY=throughput,load,… runs only those modules (page-weight, throughput, registration,
// queue, load, lighthouse, check-round).
const only = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(",").map((s) => s.trim())) : null;
const wanted = (name) => !only || only.has(name);
const databaseUrl = process.env.BENCH_DATABASE_URL;

// Figures depend on what else the machine is doing: say how busy it was.
const busy = () => `load average ${os.loadavg().map((l) => l.toFixed(1)).join(" / ")} (1 / 5 / 15 min) on ${os.cpus().length} cores`;
let ok = true;
/** Runs one module; one that fails outright counts as a missed budget and the others still run. */
async function run(name, bench) {
  if (!wanted(name)) return;
  try {
    ok = (await bench()) && ok;
  } catch (error) {
    console.log(`\n${name}: FAILED, ${error.stack ?? error}`);
    ok = false;
  }
}
console.log(`Meedoen bench, ${new Date().toISOString()}, database: ${databaseUrl ? "PostgreSQL" : "embedded PGlite"}, node ${process.version}, ${busy()}`);
const portalModules = ["page-weight", "throughput", "registration", "queue", "load", "lighthouse"].filter(wanted);
if (portalModules.length) {
  const portal = await startPortal({ port: Number(process.env.BENCH_PORT ?? 3290), databaseUrl });
  try {
    console.log(`Portal: ${portal.mode}, RATE_LIMIT_FACTOR=${RATE_LIMIT_FACTOR} (all bench traffic comes from 127.0.0.1)`);
    await run("page-weight", () => benchPageWeight(portal));
    await run("throughput", () => benchThroughput(portal));
    await run("registration", () => benchRegistration(portal));
    await run("queue", () => benchQueue(portal, databaseUrl));
    // Late: 200 residents at full speed would disturb the figures above.
    await run("load", () => benchLoad(portal));
    await run("lighthouse", () => benchLighthouse(portal));
  } finally {
    await portal.stop();
  }
}
// Its own database connection (fresh embedded, or BENCH_DATABASE_URL), after the portal has stopped.
await run("check-round", () => benchCheckRound());
console.log(`\nAt the end: ${busy()}`);
console.log(ok ? "\nAll budgets met." : "\nSome budgets were missed.");
process.exit(ok ? 0 : 1);
