import { benchCheckRound } from "./check-round.mjs";
import { benchPageWeight } from "./page-weight.bench.mjs";
import { benchQueue } from "./queue.bench.mjs";
import { benchRegistration } from "./registration.bench.mjs";
import { startPortal } from "./server.mjs";
import { benchThroughput } from "./throughput.bench.mjs";

// `npm run bench`: builds, starts the portal, runs each benchmark, prints every figure next to
// its budget, and exits non-zero when a budget is missed. BENCH_DATABASE_URL runs it against
// real PostgreSQL instead of the embedded database.
const portal = await startPortal({ port: Number(process.env.BENCH_PORT ?? 3290), databaseUrl: process.env.BENCH_DATABASE_URL });
let ok = true;
try {
  console.log(`Meedoen bench, ${new Date().toISOString()}, database: ${process.env.BENCH_DATABASE_URL ? "PostgreSQL" : "embedded PGlite"}, node ${process.version}`);
  ok = (await benchPageWeight(portal.baseUrl)) && ok;
  ok = (await benchThroughput(portal)) && ok;
  ok = (await benchRegistration(portal.baseUrl)) && ok;
  ok = (await benchQueue(portal.baseUrl, process.env.BENCH_DATABASE_URL)) && ok;
} finally {
  await portal.stop();
}
// Its own fresh database (or BENCH_DATABASE_URL), after the portal has stopped.
ok = (await benchCheckRound()) && ok;
console.log(ok ? "\nAll budgets met." : "\nSome budgets were missed.");
process.exit(ok ? 0 : 1);
